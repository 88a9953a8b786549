#!/usr/bin/env bash
# Import benchmark on PostgreSQL: for each size N, a realistic register CSV of N rows (Datafaker id
# locale, real kelurahan of Kota Semarang, valid NIK/NIB, mixed money formats, ~1% bad rows) is
# loaded twice into fresh databases:
#   1. baseline: psql \copy of the same file into a bare table of 13 text columns, three times
#      before and three times after the import (median of 6, so both see the same machine load);
#   2. the real import path, ImporService.simpan (parse, check, area lookup, duplicate check, save,
#      audit trail) in a JVM limited to -Xmx512m, with its peak heap; before it, the preview of the
#      same file (ImporService.periksa: the same parse, checks and look-ups, no write);
#   3. the write floor: the rows the import wrote (owners, businesses, yearly figures, trail) are
#      copied out and \copy'd back, in one transaction, into a fresh database with the register's
#      schema (its indexes, keys and triggers), and again into unindexed copies of those tables.
#      No check and no Java: no import that keeps these rows in these tables can be faster.
# Prints a table; the figures go into docs/kinerja.md by hand.
# Usage: bench/impor.sh [N ...]  (default: 100000 1000000)
# Needs a PostgreSQL reachable as PGHOST/PGPORT/PGUSER (default 127.0.0.1:5432, postgres; trust or
# PGPASSWORD). Databases gerai_bench_impor_* are dropped and recreated. Extra JDBC URL parameters:
# BENCH_JDBC_PARAMS (e.g. reWriteBatchedInserts=true).
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(100000 1000000)
work="${BENCH_WORK:-target/bench-impor}"
mkdir -p "$work"

if [ -z "${BENCH_NO_BUILD:-}" ]; then mvn -B -o -q -DskipTests package; fi
jar=$(ls target/gerai-*.jar | grep -v plain | head -1)
rm -rf "$work/lib" && mkdir -p "$work/lib" && (cd "$work/lib" && jar xf "$OLDPWD/$jar" BOOT-INF/lib)
cp="target/test-classes:target/classes:$work/lib/BOOT-INF/lib/*"

ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
fresh() { psql -q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null; }

printf '%-9s %8s %11s %9s %13s %7s %12s %15s %12s %14s %8s %8s %8s\n' rows copy_s copy_rows/s \
  import_s import_rows/s ratio peak_heap_MB peak_after_gc_MB peak_live_MB median_live_MB check_s \
  write_s data_s
tabel=(pelaku_usaha usaha angka_tahunan jejak_audit)
lantai() { # the write floor of database $1: prints the milliseconds into the schema, then unindexed
  local f="$1_lantai" t cmd=() bare=()
  for t in "${tabel[@]}"; do
    psql -q -d "$1" -c "\\copy $t TO '$work/$t.bin' WITH (FORMAT binary)"
    cmd+=(-c "\\copy $t FROM '$work/$t.bin' WITH (FORMAT binary)")
    bare+=(-c "\\copy bare.$t FROM '$work/$t.bin' WITH (FORMAT binary)")
  done
  fresh "$f"
  pg_dump -d "$1" --schema-only | psql -q -d "$f" >/dev/null
  psql -q -d "$f" -c "CREATE SCHEMA bare" >/dev/null
  for t in "${tabel[@]}"; do psql -q -d "$f" -c "CREATE TABLE bare.$t (LIKE public.$t)"; done
  psql -q -d "$f" -c "CHECKPOINT"
  local t0; t0=$(ms); psql -q -1 -d "$f" "${cmd[@]}" >/dev/null; local a=$(( $(ms) - t0 ))
  psql -q -d "$f" -c "CHECKPOINT"
  t0=$(ms); psql -q -1 -d "$f" "${bare[@]}" >/dev/null; local b=$(( $(ms) - t0 ))
  psql -q -d postgres -c "DROP DATABASE $f" >/dev/null
  for t in "${tabel[@]}"; do rm -f "$work/$t.bin"; done
  echo "$a $b"
}
for n in "${sizes[@]}"; do
  csv="$work/impor-$n.csv"
  [ -s "$csv" ] || java -cp "$cp" id.gerai.umkm.bangku.ImporDataBangku "$n" "$csv"
  db="gerai_bench_impor_$n"
  fresh "$db"
  kolom="nama_usaha text, nama_pemilik text, nik text, no_hp text, alamat text, kelurahan text,"
  kolom="$kolom kecamatan text, omzet text, aset text, tenaga_kerja text, nib text, kbli text, tahun text"
  runs=()
  copies() { # three timed \copy runs into a bare table of database $1, appended to runs
    psql -q -d "$1" -c "CREATE TABLE bare ($kolom)"
    for i in 1 2 3; do
      psql -q -d "$1" -c "TRUNCATE bare" -c "CHECKPOINT" >/dev/null
      t0=$(ms)
      psql -q -d "$1" -c "\\copy bare FROM '$csv' WITH (FORMAT csv, HEADER true, DELIMITER ';')" >/dev/null
      runs+=($(( $(ms) - t0 )))
    done
    psql -q -d "$1" -c "DROP TABLE bare" -c "CHECKPOINT" >/dev/null
  }
  copies "$db"
  fresh "$db"
  url="jdbc:postgresql://$PGHOST:$PGPORT/$db${BENCH_JDBC_PARAMS:+?$BENCH_JDBC_PARAMS}"
  out=$(java -Xmx512m -cp "$cp" -Dspring.datasource.url="$url" \
      -Dspring.datasource.username="$PGUSER" -Dspring.datasource.password="${PGPASSWORD:-}" \
      id.gerai.umkm.bangku.ImporBangku "$csv" 2>"$work/impor-$n.log" | grep '^IMPOR') \
    || { tail -40 "$work/impor-$n.log"; exit 1; }
  echo "$out" >"$work/impor-$n.out"
  read -r write_ms data_ms < <(lantai "$db")
  copies "$db" # again after the import: the baseline sees the same machine load (median of 6)
  copy_ms=$(printf '%s\n' "${runs[@]}" | median)
  val() { echo "$out" | tr ' ' '\n' | awk -F= -v k="$1" '$1==k {print $2}'; }
  awk -v n="$n" -v c="$copy_ms" -v s="$(val seconds)" -v r="$(val rows_per_s)" \
      -v h="$(val peak_heap_mb)" -v g="$(val peak_after_gc_mb)" -v l="$(val peak_live_mb)" \
      -v m="$(val median_live_mb)" -v p="$(val check_seconds)" -v w="$write_ms" -v d="$data_ms" \
      'BEGIN { cr = n / (c / 1000)
    printf "%-9d %8.2f %11.0f %9.2f %13.0f %6.1f%% %12.1f %15.1f %12.1f %14.1f %8.2f %8.2f %8.2f\n",
      n, c / 1000, cr, s, r, 100 * r / cr, h, g, l, m, p, w / 1000, d / 1000 }'
  [ -n "${BENCH_KEEP_DB:-}" ] || psql -q -d postgres -c "DROP DATABASE $db" >/dev/null
done
