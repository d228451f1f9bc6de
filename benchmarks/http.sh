#!/usr/bin/env bash
# HTTP benchmark: the platform's POST /api/v1/evaluations against a bare JDK HttpServer doing the same evaluation with
# the same product jars, both driven by wrk with the same load (see README.md in this directory).
#
#   PLATFORM_URL=http://127.0.0.1:9280 benchmarks/http.sh
#
# Settings (environment):
#   PLATFORM_URL   the platform (default http://127.0.0.1:9080); 127.0.0.1/localhost only. If nothing answers there,
#                  the built server (web/target/liberty) is started and stopped again at the end; its port must be the
#                  one it was built with (mvn -B install -DskipTests -Dhttp.port=9280 -Dhttps.port=9643).
#   BARE_PORT      the bare server's port (9290)         BARE_THREADS  its fixed pool (2 x cores)
#   CONNECTIONS    wrk connections, one run each ("8 64": 8 first, so that what 64 do to the platform cannot spoil them)
#   WRK_THREADS    wrk threads (2)
#   WARMUP, DURATION  seconds of warm-up and of the measured run, per server and connection count (10, 15)
#   THREAD_DUMPS=1 two jcmd Thread.print of the platform halfway through its measured run at 64 connections
#                  (THREAD_DUMP_CONNECTIONS to choose another count)
#   START_TIMEOUT  seconds to wait for a started platform's first answer (240)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"

PLATFORM_URL="${PLATFORM_URL:-http://127.0.0.1:9080}"
BARE_PORT="${BARE_PORT:-9290}"
BARE_THREADS="${BARE_THREADS:-$(( 2 * $(nproc) ))}"
CONNECTIONS="${CONNECTIONS:-8 64}"
WRK_THREADS="${WRK_THREADS:-2}"
WARMUP="${WARMUP:-10}"
DURATION="${DURATION:-15}"
THREAD_DUMPS="${THREAD_DUMPS:-0}"
START_TIMEOUT="${START_TIMEOUT:-240}"
CREDENTIALS="legacy:legacy-demo-pass"
GOAL_THROUGHPUT=0.5 GOAL_P99=2

out="$here/target/http"
rm -rf "$out"; mkdir -p "$out"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
wlp="$root/web/target/liberty/wlp"

# --- where: 127.0.0.1 only -------------------------------------------------------------------------------------------
if [[ ! "$PLATFORM_URL" =~ ^http://(127\.0\.0\.1|localhost):([0-9]+)/?$ ]]; then
  echo "PLATFORM_URL must be http://127.0.0.1:<port> (or localhost): all benchmark traffic stays on this machine" >&2
  exit 64
fi
platform_port="${BASH_REMATCH[2]}"
platform="http://127.0.0.1:$platform_port"
bare="http://127.0.0.1:$BARE_PORT"
if [ "$platform_port" = "$BARE_PORT" ]; then echo "BARE_PORT and the platform's port are the same" >&2; exit 64; fi

# --- what is needed ----------------------------------------------------------------------------------------------------
spi_jar="$root/product-spi/target/product-spi-1.0.0-SNAPSHOT.jar"
if [ ! -f "$spi_jar" ]; then echo "build the root first: (cd $root && mvn -B install -DskipTests)" >&2; exit 1; fi
if [ ! -f "$here/target/benchmarks.jar" ] || [ ! -d "$here/target/lib" ]; then mvn -B -q -f "$here/pom.xml" package; fi
if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)"
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
# the bare server runs from the built jars themselves, product jars found by ServiceLoader as the platform finds them
bare_cp="$here/target/classes:$spi_jar:$root/product-spi/target/product-spi-1.0.0-SNAPSHOT-tests.jar"
for j in "$root"/products/*/target/plugin-*-1.0.0-SNAPSHOT.jar "$here"/target/lib/*.jar; do bare_cp="$bare_cp:$j"; done
tools_cp="$here/target/benchmarks.jar"

# --- stop what this run started, however it ends -------------------------------------------------------------------------
bare_pid="" started_platform=0
cleanup() {
  if [ -n "$bare_pid" ] && kill -0 "$bare_pid" 2>/dev/null; then kill "$bare_pid" 2>/dev/null || true; fi
  if [ "$started_platform" = 1 ]; then
    echo "stopping the platform server started by this run"
    "$wlp/bin/server" stop tfp >"$out/platform-stop.log" 2>&1 || echo "server stop failed: see $out/platform-stop.log"
  fi
}
trap cleanup EXIT

answer_code() { # url -> the HTTP status of an authenticated GET, 000 when nothing answers
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 -u "$CREDENTIALS" "$1" || true
}
listener_pid() { # port -> pid of the process listening there
  ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2
}
cpu_ticks() { # pid -> user + system CPU time of the process so far, in clock ticks, from /proc
  awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0
}
rss_mb() { # pid -> resident set size in MB, from /proc
  awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"
}

# --- the platform: use the one that answers, or start the built one -----------------------------------------------------
launch_seconds="(already running, not started by this run)"
code="$(answer_code "$platform/api/v1/business-date")"
if [ "$code" = 000 ]; then
  [ -x "$wlp/bin/server" ] || { echo "no platform at $platform and no built server in $wlp" >&2; exit 1; }
  built_port="$(sed -n 's/^http\.port=//p' "$wlp/usr/servers/tfp/bootstrap.properties")"
  if [ "$built_port" != "$platform_port" ]; then
    echo "the built server listens on $built_port, not $platform_port: rebuild with -Dhttp.port=$platform_port or set PLATFORM_URL" >&2
    exit 1
  fi
  echo "nothing answers at $platform: starting the built server (port $built_port)"
  t0="$(date +%s%N)"
  started_platform=1
  "$wlp/bin/server" start tfp >"$out/platform-start.log" 2>&1 || { cat "$out/platform-start.log"; exit 1; }
  for _ in $(seq 1 $(( START_TIMEOUT * 4 ))); do
    code="$(answer_code "$platform/api/v1/business-date")"
    [ "$code" = 200 ] && break
    sleep 0.25
  done
  [ "$code" = 200 ] || { echo "the platform did not answer 200 within $START_TIMEOUT s (last: $code)" >&2; exit 1; }
  launch_seconds="$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f s", (b - a) / 1e9 }')"
  echo "platform: launch to first answer of GET /api/v1/business-date: $launch_seconds"
elif [ "$code" != 200 ]; then
  echo "$platform/api/v1/business-date answered $code (not the platform, or not $CREDENTIALS)" >&2; exit 1
fi
platform_pid="$(listener_pid "$platform_port")"

# --- the bare server ------------------------------------------------------------------------------------------------------
if [ "$(answer_code "$bare/api/v1/evaluations")" != 000 ]; then echo "port $BARE_PORT is taken" >&2; exit 1; fi
runs=$(( $(wc -w <<<"$CONNECTIONS") * 2 ))
max_seconds=$(( runs * (WARMUP + DURATION + 10) + 300 ))
# the same heap cap as the platform's jvm.options, so neither gets more room to avoid GC; TCP_NODELAY, or the JDK
# server's separate header and body writes meet delayed ACKs and every keep-alive answer waits ~40 ms
java -Xmx768m -Dsun.net.httpserver.nodelay=true -cp "$bare_cp" com.tfp.bench.BareEvaluationServer --port "$BARE_PORT" --threads "$BARE_THREADS" \
  --max-seconds "$max_seconds" >"$out/bare.log" 2>&1 &
bare_pid=$!

# --- the request: the README's bill purchase, on a value date the platform takes -----------------------------------------
business_date="$(curl -s --max-time 10 -u "$CREDENTIALS" "$platform/api/v1/business-date" | grep -o '"businessDate":"[0-9-]*"' | cut -d'"' -f4)"
value_date="2026-12-01"
# the tests' 2026-12-01 is the first business date of a fresh installation; once end of day moved on, use today's
if [[ -n "$business_date" && "$business_date" > "$value_date" ]]; then value_date="$business_date"; fi
body='{"product":"bill-purchase","variant":null,"customerId":null,"currency":"USD","valueDate":"'"$value_date"'","facts":{"settlement":"LC_SIGHT","invoiceAmount":"100000.00","issuingBankCountry":"JP","exportLicence":true,"safeCategory":"A","documentsCompliant":true,"fullSetTitleDocuments":true}}'
auth="$(printf '%s' "$CREDENTIALS" | base64 -w0)"
cat >"$out/post.lua" <<LUA
-- POST /api/v1/evaluations: the README's bill purchase (business date $business_date, value date $value_date)
wrk.method = "POST"
wrk.body = [[$body]]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic $auth"
LUA

post() { # url -> status and body of one evaluation
  curl -s --max-time 30 -w '\n%{http_code}' -u "$CREDENTIALS" -H 'Content-Type: application/json' -d "$body" "$1/api/v1/evaluations" || true
}
for _ in $(seq 1 120); do
  [ "$(answer_code "$bare/api/v1/evaluations")" != 000 ] && break
  kill -0 "$bare_pid" 2>/dev/null || { cat "$out/bare.log"; exit 1; }
  sleep 0.25
done
head -1 "$out/bare.log"
for target in bare platform; do
  url="${!target}"
  reply="$(post "$url")"
  status="$(tail -1 <<<"$reply")"
  summary="$(head -1 <<<"$reply" | grep -o '"\(decision\|maxAmount\|maturityDate\)":"[^"]*"' | tr '\n' ' ')"
  echo "$target: one evaluation (value date $value_date) -> $status $summary"
  if [ "$status" != 200 ]; then echo "$target does not answer 200 to the benchmark's request: $(head -1 <<<"$reply")" >&2; exit 1; fi
done

# --- the load ---------------------------------------------------------------------------------------------------------------
to_ms() { # wrk's latency (812.00us, 1.23ms, 2.01s, 1.00m) -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n *= 1; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
declare -A rps ok_rps p50 p99 non2xx errors requests catalogue_after cpu_us
tick_hz="$(getconf CLK_TCK)"
run_wrk() { # target connections seconds file
  local url="${!1}" threads="$WRK_THREADS"
  if [ "$2" -lt "$threads" ]; then threads="$2"; fi
  # bounded: wrk stops after -d; --timeout so that a slow answer is measured, not dropped as an error after 2 s
  timeout $(( $3 + 60 )) wrk -t "$threads" -c "$2" -d "${3}s" --timeout 10s --latency -s "$out/post.lua" "$url/api/v1/evaluations" >"$4"
}
catalogue_check() { # -> "all 6 ACTIVE" or the products that are not
  local r
  r="$(java -cp "$tools_cp" com.tfp.bench.CatalogueCheck "$platform" "$CREDENTIALS" 2>&1 | tail -1)" || true
  echo "${r#products: }"
}
dump_at="${THREAD_DUMP_CONNECTIONS:-64}"
for c in $CONNECTIONS; do
  for target in bare platform; do
    echo "wrk: $target, $c connections: warm-up ${WARMUP} s, measured ${DURATION} s"
    run_wrk "$target" "$c" "$WARMUP" "$out/wrk-$target-$c-warmup.txt"
    dumps=""
    if [ "$target" = platform ] && [ "$THREAD_DUMPS" = 1 ] && [ "$c" = "$dump_at" ] && [ -n "$platform_pid" ]; then
      ( sleep $(( DURATION / 2 )); for i in 1 2; do timeout 30 jcmd "$platform_pid" Thread.print >"$out/platform-threads-$c-$i.txt" 2>&1; sleep 1; done ) &
      dumps=$!
    fi
    f="$out/wrk-$target-$c.txt"
    pid_var="${target}_pid"; pid="${!pid_var}"; ticks_before="$(cpu_ticks "$pid")"
    run_wrk "$target" "$c" "$DURATION" "$f"
    ticks_after="$(cpu_ticks "$pid")"
    if [ -n "$dumps" ]; then wait "$dumps"; fi
    k="$target-$c"
    rps[$k]="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$f")"
    p50[$k]="$(to_ms "$(awk '$1 == "50%" { print $2 }' "$f")")"
    p99[$k]="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$f")")"
    requests[$k]="$(awk '/requests in/ { print $1 }' "$f")"
    non2xx[$k]="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$f")"; non2xx[$k]="${non2xx[$k]:-0}"
    errors[$k]="$(grep -o 'Socket errors:.*' "$f" | sed 's/Socket errors: //' || true)"; errors[$k]="${errors[$k]:-none}"
    # only answered evaluations count: a quarantined product's quick 409s are not throughput
    ok_rps[$k]="$(awk -v r="${rps[$k]}" -v n="${requests[$k]}" -v e="${non2xx[$k]}" 'BEGIN { printf "%.0f", (n > 0) ? (r * (n - e) / n) : 0 }')"
    if [ "${requests[$k]}" = "${non2xx[$k]}" ]; then p50[$k]="n/a"; p99[$k]="n/a"; fi
    # the server's own CPU per answer: what the two servers cost, whatever else the host is running at the time
    cpu_us[$k]="$(awk -v t="$(( ticks_after - ticks_before ))" -v hz="$tick_hz" -v n="${requests[$k]}" 'BEGIN { printf "%.0f", (n > 0) ? t * 1e6 / hz / n : 0 }')"
    if [ "$target" = platform ]; then
      catalogue_after[$c]="$(catalogue_check)"
      echo "  after $c connections: ${catalogue_after[$c]}"
    fi
  done
done

# --- after the load -----------------------------------------------------------------------------------------------------------
platform_rss="?"; [ -n "$platform_pid" ] && platform_rss="$(rss_mb "$platform_pid")"
bare_rss="$(rss_mb "$bare_pid")"
catalogue="$(java -cp "$tools_cp" com.tfp.bench.CatalogueCheck "$platform" "$CREDENTIALS" 2>&1)" && all_active=1 || all_active=0

verdict() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { if (a == "-" || a == "n/a") { print "NOT met (no 2xx figure)"; exit }
  ok = (op == ">=") ? (a + 0 >= b + 0) : (a + 0 <= b + 0); print ok ? "met" : "NOT met" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a" || b == "n/a" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }

echo
echo "HTTP benchmark — POST /api/v1/evaluations, the README's bill purchase (value date $value_date), Basic $CREDENTIALS"
echo "wrk -t$WRK_THREADS --latency --timeout 10s, warm-up $WARMUP s then measured $DURATION s per server and connection count;"
echo "$(nproc) cores shared by wrk and both servers (load average before the run: $load_before)"
echo "bare: JDK HttpServer on $bare, fixed pool of $BARE_THREADS threads, same product jars; platform: $platform"
row='%-6s %-9s %9s %9s %9s %9s %10s %9s %8s  %s\n'
printf "$row" conns server req/s "2xx/s" "p50 ms" "p99 ms" requests non-2xx "CPU us" "socket errors"
for c in $CONNECTIONS; do
  for target in bare platform; do
    k="$target-$c"
    printf "$row" "$c" "$target" "${rps[$k]}" "${ok_rps[$k]}" "${p50[$k]}" "${p99[$k]}" "${requests[$k]}" "${non2xx[$k]}" "${cpu_us[$k]}" "${errors[$k]}"
  done
done
echo "(req/s counts every answer; 2xx/s only the evaluations answered with 2xx, the figure the ratios use; CPU us: the"
echo " server process's user + system CPU time per answer during the measured run, from /proc — steady when the host is busy)"
echo
for c in $CONNECTIONS; do
  t="$(ratio "${ok_rps[platform-$c]}" "${ok_rps[bare-$c]}")"; l="$(ratio "${p99[platform-$c]}" "${p99[bare-$c]}")"
  echo "$c conns: CPU per answer, bare / platform: $(ratio "${cpu_us[bare-$c]}" "${cpu_us[platform-$c]}") (what the throughput ratio would be if the servers alone shared the cores)"
  if [ "$c" = 64 ]; then
    echo "$c conns: platform/bare 2xx throughput $t (goal >= $GOAL_THROUGHPUT: $(verdict "$t" ">=" "$GOAL_THROUGHPUT")); platform p99 / bare p99 $l (goal <= $GOAL_P99: $(verdict "$l" "<=" "$GOAL_P99"))"
  else
    echo "$c conns: platform/bare 2xx throughput $t; platform p99 / bare p99 $l (the goals are set at 64 connections)"
  fi
  echo "         products after it: ${catalogue_after[$c]}"
done
total_non2xx=0; for c in $CONNECTIONS; do n="${non2xx[platform-$c]}"; total_non2xx=$(( total_non2xx + n )); done
echo "platform non-2xx over the measured runs: $total_non2xx (goal 0: $([ "$total_non2xx" = 0 ] && echo met || echo NOT met))"
echo "$catalogue" | sed 's/^/at the end, /'
echo "every product ACTIVE at the end (goal): $([ "$all_active" = 1 ] && echo met || echo NOT met)"
echo "platform: launch to first answer $launch_seconds; JVM RSS after the load ${platform_rss} MB (pid ${platform_pid:-?})"
echo "bare server: JVM RSS after the load ${bare_rss} MB"
echo "raw wrk output, Lua script$([ "$THREAD_DUMPS" = 1 ] && echo ', thread dumps'): $out"
