#!/usr/bin/env bash
# Search benchmark: p50/p95/max of the register's name search and of a filtered list page
# (kecamatan + size class, page 1, sorted by name) on 1,000,000 businesses in PostgreSQL, as city
# staff and as a gerai officer, with the search indexes of V15_1 and V16_1 and again with them dropped; the
# figures replace the search section of docs/kinerja.md.
# Usage: bench/cari.sh [--keep]   (--keep reuses a database already filled by an earlier run)
# Env: BENCH_DB (default wt_cari_bench), PGHOST (127.0.0.1), PGUSER (postgres),
#      GERAI_BENCH_JUMLAH (1000000), GERAI_BENCH_ULANG (40 repetitions), GERAI_BENCH_PUTARAN (3 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
db="${BENCH_DB:-wt_cari_bench}"
host="${PGHOST:-127.0.0.1}"
user="${PGUSER:-postgres}"
if [[ "${1:-}" != "--keep" ]]; then
  psql -q -h "$host" -U "$user" -d postgres -c "DROP DATABASE IF EXISTS $db"
  psql -q -h "$host" -U "$user" -d postgres -c "CREATE DATABASE $db"
fi
start=$(date -u '+%Y-%m-%d %H:%M')
GERAI_BENCH=cari \
GERAI_TEST_DB_URL="jdbc:postgresql://$host:5432/$db" GERAI_TEST_DB_USER="$user" \
  mvn -B -o -q test -Dtest=CariBangku -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true
out=target/cari-bench.md
[[ -s "$out" ]] || { echo "no figures in $out" >&2; exit 1; }
cat "$out"
# Replace the figures between the markers of docs/kinerja.md.
python3 - "$out" "$start" <<'PY'
import sys, re, pathlib
figures = pathlib.Path(sys.argv[1]).read_text().strip()
doc = pathlib.Path("docs/kinerja.md")
text = doc.read_text()
block = ("<!-- cari:angka -->\nRun of " + sys.argv[2] + " UTC on this 2-core machine, other work "
         "running, PostgreSQL 15:\n\n" + figures + "\n<!-- /cari:angka -->")
new = re.sub(r"<!-- cari:angka -->.*?<!-- /cari:angka -->", lambda m: block, text, flags=re.S)
doc.write_text(new)
PY
