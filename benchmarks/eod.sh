#!/usr/bin/env bash
# End of day at scale (issue 14 point 3): seeds N live deals, runs the platform's end-of-day job over them on the built
# server, then a raw JDBC batch doing the same updates on a copy of the same seeded data on the same database; prints
# both times, deals/s and the ratio, and checks the journal (Σ debits = Σ credits per business date and currency) and
# that nothing was posted twice, after each.
#
#   benchmarks/eod.sh --deals 100000 --db derby
#   benchmarks/eod.sh --deals 1000000 --db postgresql --pg-port 55432     # a cluster from `.ci/postgres start 55432`
#
# Needs the built server (web/target/liberty, from `mvn -B install -DskipTests` or a verify run) and Java 17; nothing
# from ~/.m2. The server is started and stopped by the script (its port is the one it was built with; nothing else
# may be using it). Derby: a fresh database in a temp dir (the server's own data is not touched). PostgreSQL: the
# database `tfp` of the given cluster must be new (the deals are added to it), and `tfp_raw` is made from it as a
# template for the raw run. Options: --partitions (2) and --chunk (1000) go to the job; the raw run uses the same.
# KEEP=1 keeps the temp dir (the Derby databases) for a look afterwards.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
DEALS=100000 DB=derby PG_PORT=5432 PARTITIONS=2 CHUNK=1000
while [ $# -gt 0 ]; do
  case "$1" in
    --deals) DEALS="$2"; shift 2 ;;
    --db) DB="$2"; shift 2 ;;
    --pg-port) PG_PORT="$2"; shift 2 ;;
    --partitions) PARTITIONS="$2"; shift 2 ;;
    --chunk) CHUNK="$2"; shift 2 ;;
    *) echo "usage: $0 --deals N --db derby|postgresql [--pg-port P] [--partitions 2] [--chunk 1000]" >&2; exit 64 ;;
  esac
done
wlp="$root/web/target/liberty/wlp"
srv="$wlp/usr/servers/tfp"
[ -f "$srv/bootstrap.properties" ] || { echo "build the server first: (cd $root && mvn -B install -DskipTests)" >&2; exit 1; }
port="$(sed -n 's/^http.port=//p' "$srv/bootstrap.properties" | tail -1)"; port="${port:-9080}"
base="http://127.0.0.1:$port/api/v1"
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "something answers on port $port already: stop it first" >&2; exit 1; fi
ADMIN="admin:admin-demo-pass"
work="$(mktemp -d /tmp/tfp-eod-bench.XXXXXX)"
cp "$srv/bootstrap.properties" "$work/bootstrap.properties.orig"
cleanup() {
  "$wlp/bin/server" stop tfp >/dev/null 2>&1 || true
  cp "$work/bootstrap.properties.orig" "$srv/bootstrap.properties"
  if [ "${KEEP:-0}" = 1 ]; then echo "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# a Liberty variable set for this run (a key given twice in bootstrap.properties is not overridden by the second)
set_var() { sed -i "/^${1//./\\.}=/d" "$srv/bootstrap.properties"; echo "$1=$2" >>"$srv/bootstrap.properties"; }
case "$DB" in
  derby)
    set_var tfp.db.kind derby
    set_var tfp.db.name "$work/derby/tfp"
    cp_drivers="$(ls "$srv"/derby/*.jar | tr '\n' ':')"
    url="jdbc:derby:$work/derby/tfp"; raw_url="jdbc:derby:$work/derby-raw/tfp"; user=APP; pass=none ;;
  postgresql)
    set_var tfp.db.kind postgresql; set_var tfp.db.host 127.0.0.1; set_var tfp.db.port "$PG_PORT"
    set_var tfp.db.database tfp; set_var tfp.db.user tfp; set_var tfp.db.password tfp
    cp_drivers="$(ls "$srv"/postgresql/*.jar | tr '\n' ':')"
    psql="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql"
    url="jdbc:postgresql://127.0.0.1:$PG_PORT/tfp?reWriteBatchedInserts=true"; raw_url="${url/\/tfp?/\/tfp_raw?}"; user=tfp; pass=tfp ;;
  *) echo "--db derby|postgresql" >&2; exit 64 ;;
esac
# EodBench.java runs as a single-file program with the driver the server uses
bench() { java -Xmx1g -cp "$cp_drivers" "$here/src/main/java/com/tfp/bench/eod/EodBench.java" "$@"; }

start_server() {
  "$wlp/bin/server" start tfp --clean >/dev/null  # --clean: the cached configuration may name the other database
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$ADMIN" "$base/business-date")" = 200 ] && return 0
    sleep 1
  done
  echo "the server did not answer" >&2; exit 1
}

echo "== $DB: first start (schema, reference data, demo customers and lines)"
start_server
"$wlp/bin/server" stop tfp >/dev/null
echo "== seeding $DEALS live deals"
bench seed "$url" "$user" "$pass" "$DEALS"
echo "== copy of the seeded data for the raw run"
if [ "$DB" = derby ]; then
  cp -r "$work/derby" "$work/derby-raw"
else
  "$psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "CREATE DATABASE tfp_raw TEMPLATE tfp OWNER tfp"
fi

echo "== end of day on the server (partitions $PARTITIONS, chunk $CHUNK)"
set_var tfp.eod.partitions "$PARTITIONS"; set_var tfp.eod.chunk "$CHUNK"
start_server
started=$(date +%s.%N)
run="$(curl -s -u "$ADMIN" -H 'Content-Type: application/json' -d '{}' "$base/eod" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
while :; do
  sleep 1
  view="$(curl -s -u "$ADMIN" "$base/eod/$run")"
  state="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["status"])' "$view")"
  python3 -c '
import json,sys
v=json.loads(sys.argv[1]); p=v.get("progress")
if p: print("   %s %3d%% %d/%d deals, %s deals/s, ETA %s s, partitions %s" % (v["status"], p["percent"], p["dealsDone"], p["dealsTotal"],
    p["dealsPerSecond"], p["etaSeconds"], " ".join("%d:%d/%d" % (x["partition"], x["dealsDone"], x["dealsTotal"]) for x in p["partitions"])))' "$view"
  case "$state" in STARTING|RUNNING) ;; *) break ;; esac
done
ended=$(date +%s.%N)
summary="$(python3 -c '
import json,sys
from datetime import datetime
v=json.loads(sys.argv[1]); d=v["days"][0] if v["days"] else {}
t=(datetime.fromisoformat(v["finishedAt"].rstrip("Z"))-datetime.fromisoformat(v["requestedAt"].rstrip("Z"))).total_seconds()
print(v["status"], "%.3f" % t, v["progress"]["dealsTotal"] if v.get("progress") else 0, d.get("nextBusinessDate",""), d.get("accruals",""), d.get("overdueTransfers",""), d.get("interestAccrued",""))' "$view")"
read -r status eod_s deals next accruals overdue interest <<<"$summary"
"$wlp/bin/server" stop tfp >/dev/null
echo "EOD job: $status in $eod_s s (request to finish; wall with polling $(python3 -c "print('%.1f' % ($ended-$started))") s): $deals deals, $accruals accruals, $overdue overdue transfers, interest $interest"
[ "$status" = COMPLETED ] || { echo "the run did not complete: $view" >&2; exit 1; }
bench check "$url" "$user" "$pass"

echo "== raw JDBC batch, same updates, same database, the seeded copy"
raw_out="$(bench raw "$raw_url" "$user" "$pass" "$next" "$PARTITIONS" "$CHUNK")"
echo "$raw_out"
raw_line="$(grep '^RAW' <<<"$raw_out")"
bench check "$raw_url" "$user" "$pass"
raw_s="$(awk '{print $8}' <<<"$raw_line")"
python3 - "$DB" "$deals" "$eod_s" "$raw_s" <<'PY'
import sys
db, deals, eod, raw = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
print("== %s, %d deals: EOD job %.1f s (%.0f deals/s), raw JDBC %.1f s (%.0f deals/s), ratio %.2fx (goal >= 0.5x)"
      % (db, deals, eod, deals / eod, raw, deals / raw, raw / eod))
PY
