#!/usr/bin/env bash
# Fuzzes the readers of what users type or upload (the *FuzzTests, see docs/fuzz.md) with Jazzer in
# real fuzzing mode, one target after the other, and prints a table: executions, coverage, corpus
# and findings per target. A finding (an input that makes the target throw anything but a user
# error, hang past 10 s, or allocate past its bound) is written to target/fuzz/temuan/<target>/;
# copy it into the target's Inputs directory under src/test/resources once fixed, so every build
# replays it.
# Usage: bench/fuzz.sh [seconds per target] [Class#method ...]   (default: 60, every target)
# Runs the fuzz tests once in regression mode first (that also compiles). Each target runs in its
# own JVM (-Xmx1g) through Jazzer's standalone driver, so the duration is set here rather than by
# the @FuzzTest annotation (which JAZZER_FUZZ=1 under Maven would use).
set -uo pipefail
cd "$(dirname "$0")/.."
detik="${1:-60}"
shift $(($# > 0 ? 1 : 0))
target=("$@")
if [ ${#target[@]} -eq 0 ]; then
  target=(
    id.gerai.shared.impor.PembacaBerkasFuzzTests#csv
    id.gerai.shared.impor.PembacaBerkasFuzzTests#xlsx
    id.gerai.shared.CsvReaderFuzzTests#baca
    id.gerai.koperasi.LaporanKeuanganImporAngkaFuzzTests#baca
    id.gerai.wilayah.KodeWilayahFuzzTests#periksa
    id.gerai.umkm.PengenalUmkmFuzzTests#nik
    id.gerai.umkm.PengenalUmkmFuzzTests#nib
    id.gerai.umkm.PengenalUmkmFuzzTests#telepon
    id.gerai.shared.berkas.GudangBerkasFuzzTests#simpan
  )
fi

echo "== regression: every seed and every kept finding"
if ! mvn -B -o -q test -Dtest='*FuzzTests' -Dsurefire.failIfNoSpecifiedTests=false >target/fuzz-regresi.log 2>&1; then
  echo "regression run FAILED, see target/fuzz-regresi.log"
  grep -E "Tests run:.*Fail|<<<" target/fuzz-regresi.log | head -20
fi
laporan=$(ls target/surefire-reports/TEST-id.gerai.*FuzzTests.xml 2>/dev/null | head -1)
if [ -z "$laporan" ]; then
  echo "no surefire report of the fuzz tests; cannot build the class path" >&2
  exit 2
fi
cp=$(grep -o 'surefire.test.class.path" value="[^"]*' "$laporan" | sed 's/.*value="//')

printf '\n%-58s %6s %10s %8s %6s %7s %8s\n' target detik eksekusi exec/s cov korpus temuan
jumlah_temuan=0
for t in "${target[@]}"; do
  kelas="${t%#*}" metode="${t#*#}"
  paket="${kelas%.*}" nama="${kelas##*.}"
  benih="src/test/resources/${paket//.//}/${nama}Inputs/$metode"
  korpus="target/fuzz/korpus/$nama/$metode"
  temuan="target/fuzz/temuan/$nama/$metode"
  log="target/fuzz/log/$nama-$metode.log"
  mkdir -p "$benih" "$korpus" "$temuan" "$(dirname "$log")"
  instrumen='id.gerai.**'
  case "$metode" in xlsx) instrumen="$instrumen:org.apache.poi.**:org.apache.commons.compress.**" ;; esac
  java -Xmx1g -Xss4m -cp "$cp" com.code_intelligence.jazzer.Jazzer \
    --target_class="$kelas" --target_method="$metode" \
    --instrumentation_includes="$instrumen" --custom_hook_includes="$instrumen:java.util.regex.**" \
    --keep_going=20 \
    -max_total_time="$detik" -timeout=10 -max_len=16384 -artifact_prefix="$temuan/" \
    "$korpus" "$benih" >"$log" 2>&1
  kode=$?
  eksekusi=$(grep -aoE '^Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' | tail -1)
  [ -z "$eksekusi" ] && eksekusi=$(grep -aoE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  per_detik=$(grep -aoE 'exec/s: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  cov=$(grep -aoE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  n_korpus=$(find "$korpus" -type f | wc -l)
  n_temuan=$(find "$temuan" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
  jumlah_temuan=$((jumlah_temuan + n_temuan))
  printf '%-58s %6s %10s %8s %6s %7s %8s\n' "$nama#$metode" "$detik" "${eksekusi:-?}" \
    "${per_detik:-?}" "${cov:-?}" "$n_korpus" "$n_temuan"
  if [ "$n_temuan" -gt 0 ] || { [ "$kode" -ne 0 ] && [ "$kode" -ne 77 ]; }; then
    echo "  exit $kode; log: $log"
    grep -aE '^== Java Exception|^Caused by|^\s+at id\.gerai' "$log" | head -12 | sed 's/^/  /'
    find "$temuan" -type f | head -5 | sed 's/^/  input: /'
  fi
done
echo
echo "findings: $jumlah_temuan (inputs under target/fuzz/temuan/)"
[ "$jumlah_temuan" -eq 0 ]
