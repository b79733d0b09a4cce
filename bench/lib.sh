# Shared by the benchmark scripts (source it): the database settings, starting the packaged
# application against the benchmark database with Tomcat's access log on, signing in, and
# percentiles. "Server side" is Tomcat's own time per request (%{us}T: request received to
# response completed).
HOST=${BENCH_HOST:-127.0.0.1}
PORT=${BENCH_PORT:-5432}
USER_NAME=${BENCH_USER:-postgres}
APP_PORT=${BENCH_APP_PORT:-18089}
# BENCH_JAR: a copy of the jar, so that a build during a long run does not pull it away
JAR=${BENCH_JAR:-crm-web/target/crm-web-0.1.0-SNAPSHOT.jar}
BASE="http://127.0.0.1:$APP_PORT"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U "$USER_NAME" -d "$DB")

# start_app WORKDIR [extra application arguments...]: sets APP (pid), waits until healthy. The demo
# profile gives the demo accounts' key to the sensitive answers; the nightly jobs stay off.
start_app() {
  local work=$1; shift
  # BENCH_NICE=-10 runs the application ahead of other work on a shared machine (root only)
  nice -n "${BENCH_NICE:-0}" java -Xms${BENCH_XMS:-512m} -Xmx${BENCH_XMX:-1g} -jar "$JAR" --server.port="$APP_PORT" \
    --spring.datasource.url="jdbc:postgresql://$HOST:$PORT/$DB" --spring.datasource.username="$USER_NAME" \
    --spring.datasource.password=unused --spring.profiles.active=demo --huike.scheduling.enabled=false \
    --server.tomcat.basedir="$work/tomcat" --server.tomcat.accesslog.enabled=true \
    --server.tomcat.accesslog.directory="$work" --server.tomcat.accesslog.prefix=access \
    --server.tomcat.accesslog.suffix=.log --server.tomcat.accesslog.file-date-format= \
    --server.tomcat.accesslog.buffered=false --server.tomcat.accesslog.pattern='%m %U %s %{us}T' \
    "$@" > "$work/app.log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
  for _ in $(seq 1 180); do
    if curl -fsS "$BASE/actuator/health" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "the application did not start; see $work/app.log"; exit 1
}

# sign_in USERNAME COOKIE_JAR: form login with the demo password
sign_in() {
  local csrf
  csrf=$(curl -fsS -c "$2" -b "$2" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fsS -o /dev/null -c "$2" -b "$2" --data-urlencode "username=$1" --data-urlencode "password=demo123" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
}

# pct FILE LABEL: percentiles of the milliseconds in FILE, one per line
pct() {
  sort -n "$1" | awk -v label="$2" '{ v[NR] = $1 } END {
    if (NR == 0) { print label ": no samples"; exit }
    printf "%s: n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms\n", label, NR,
      v[int(NR * 0.50 + 0.5)], v[int(NR * 0.95 + 0.5)], v[int(NR * 0.99 + 0.5)], v[NR] }'
}

# cpu_ticks PID...: user + system clock ticks used so far by these processes
cpu_ticks() {
  local total=0
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat") ))
  done
  echo "$total"
}

# cpu_per_request APP_TICKS DB_TICKS REQUESTS: prints the application's and the database backends'
# CPU per request, in milliseconds, from the clock ticks cpu_ticks counted over the requests
cpu_per_request() {
  awk -v a="$1" -v d="$2" -v n="$3" -v t="$(getconf CLK_TCK)" \
    'BEGIN { printf "CPU per request: application %.2f ms, PostgreSQL backends %.2f ms\n", a * 1000 / t / n, d * 1000 / t / n }'
}

# bench_managers: 97 managers beside the demo's three (bench_mgr_001..097 in teams bench-team-1..10,
# password demo123, as manager1's), so that a million customers make books of 10,000
bench_managers() {
  psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U "$USER_NAME" -d "$DB" <<'SQL'
insert into team (name)
select 'bench-team-' || t from generate_series(1, 10) t
on conflict (name) do nothing;
insert into app_user (username, password_hash, display_name, team_id)
select 'bench_mgr_' || lpad(i::text, 3, '0'), (select password_hash from app_user where username = 'manager1'),
       '压测经理' || i, (select id from team where name = 'bench-team-' || (1 + i % 10))
from generate_series(1, 97) i
on conflict (username) do nothing;
insert into app_user_role (user_id, role)
select id, 'MANAGER' from app_user where username like 'bench_mgr_%'
on conflict do nothing;
SQL
}
