#!/usr/bin/env bash
# A throw-away PostgreSQL + PostGIS server for the tests of the PostGIS election store.
#
#   scripts/pg_test_server.sh start [DIR]     initdb into DIR (default: a new /tmp/fiefs-pg.XXXXXX),
#                                             start on a free local port, create the test database;
#                                             prints `export FIEFS_PG_DIR=... FIEFS_PG_DSN=...` for eval
#   scripts/pg_test_server.sh stop [DIR]      stop the server and delete DIR (default $FIEFS_PG_DIR)
#   scripts/pg_test_server.sh status [DIR]    exit 0 when the server in DIR answers
#   scripts/pg_test_server.sh run -- CMD ...  run CMD with FIEFS_PG_DSN set: reuses a server that
#                                             FIEFS_PG_DSN already points at, otherwise starts one
#                                             for CMD and stops it afterwards; exits with CMD's status
#
# The cluster lives only in DIR, listens on 127.0.0.1 and a unix socket inside DIR, and runs as the
# current user; as root (CI) it runs as the `postgres` system user (or FIEFS_PG_OS_USER) through
# runuser, because PostgreSQL refuses to run as root. Tests connect over TCP as the role `fiefs`
# with a random password (scram-sha-256), the way a team member connects to a shared server; the
# password is only in FIEFS_PG_DSN and DIR/env.sh, never in the repository.
#
# Needs Debian's postgresql and postgresql-NN-postgis-3 (installed by `make deps`).
set -euo pipefail

die() { echo "pg_test_server: $*" >&2; exit 1; }

pg_bindir() {
  local dir version
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5nr); do
    version=$(basename "$(dirname "$dir")")
    if [ -x "$dir/initdb" ] && [ -f "/usr/share/postgresql/$version/extension/postgis.control" ]; then
      echo "$dir"
      return 0
    fi
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  die "no PostgreSQL server with PostGIS found (install postgresql and postgresql-15-postgis-3: make deps)"
}

# Run a command as the OS user that owns the cluster.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$OS_USER" -- "$@"
  else
    "$@"
  fi
}

free_port() {
  /usr/bin/python3 - <<'PY'
import socket
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    print(s.getsockname()[1])
PY
}

cmd_start() {
  local dir=${1:-}
  local bindir port password
  bindir=$(pg_bindir)
  OS_USER=${FIEFS_PG_OS_USER:-postgres}
  if [ "$(id -u)" -eq 0 ]; then
    id -u "$OS_USER" >/dev/null 2>&1 || die "running as root needs the system user '$OS_USER' (created by the postgresql package) or FIEFS_PG_OS_USER"
  fi
  if [ -z "$dir" ]; then
    dir=$(mktemp -d /tmp/fiefs-pg.XXXXXX)
  else
    mkdir -p "$dir"
  fi
  [ -e "$dir/data" ] && die "$dir/data exists already (stop that server first: $0 stop $dir)"
  [ "$(id -u)" -eq 0 ] && chown "$OS_USER" "$dir"
  chmod 700 "$dir"
  port=${FIEFS_PG_PORT:-$(free_port)}
  password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)

  # Admin work goes through the unix socket (trust, only the owner can reach DIR); the tests use
  # TCP with a password.
  as_owner "$bindir/initdb" -D "$dir/data" -U fiefs_admin --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null \
    || { cat "$dir/server.log" >&2; die "the server did not start"; }
  as_owner "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U fiefs_admin -d postgres \
    -c "CREATE ROLE fiefs LOGIN PASSWORD '$password'" \
    -c "CREATE DATABASE fiefs_test OWNER fiefs" >/dev/null
  as_owner "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U fiefs_admin -d fiefs_test \
    -c "CREATE EXTENSION postgis" >/dev/null

  local dsn="host=127.0.0.1 port=$port dbname=fiefs_test user=fiefs password=$password"
  {
    echo "export FIEFS_PG_DIR='$dir'"
    echo "export FIEFS_PG_DSN='$dsn'"
  } >"$dir/env.sh"
  cat "$dir/env.sh"
  echo "pg_test_server: PostgreSQL $("$bindir/postgres" -V | awk '{print $3}') + PostGIS on 127.0.0.1:$port, data in $dir" >&2
}

cmd_stop() {
  local dir=${1:-${FIEFS_PG_DIR:-}}
  [ -n "$dir" ] || die "stop: which server? (give its folder or set FIEFS_PG_DIR)"
  [ -d "$dir" ] || return 0
  local bindir
  bindir=$(pg_bindir)
  OS_USER=$(stat -c %U "$dir")
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 \
      || as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  case "$dir" in
    /tmp/*|"${TMPDIR:-/tmp}"/*) rm -rf "$dir" ;;
    *) rm -rf "$dir/data" "$dir/env.sh" "$dir/server.log" "$dir/initdb.log" ;;
  esac
  echo "pg_test_server: stopped, $dir removed" >&2
}

cmd_status() {
  local dir=${1:-${FIEFS_PG_DIR:-}}
  [ -n "$dir" ] && [ -f "$dir/data/postmaster.pid" ] || return 1
  local bindir
  bindir=$(pg_bindir)
  OS_USER=$(stat -c %U "$dir")
  as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
}

dsn_answers() {
  /usr/bin/python3 - "$1" <<'PY' >/dev/null 2>&1
import sys
import psycopg2
psycopg2.connect(sys.argv[1], connect_timeout=5).close()
PY
}

cmd_run() {
  [ "${1:-}" = "--" ] && shift
  [ $# -gt 0 ] || die "run: no command given"
  if [ -n "${FIEFS_PG_DSN:-}" ] && dsn_answers "$FIEFS_PG_DSN"; then
    exec "$@"
  fi
  local env_lines status=0
  env_lines=$(cmd_start)
  eval "$env_lines"
  trap 'cmd_stop "$FIEFS_PG_DIR"' EXIT
  "$@" || status=$?
  exit "$status"
}

action=${1:-}
[ $# -gt 0 ] && shift
case "$action" in
  start) cmd_start "$@" ;;
  stop) cmd_stop "$@" ;;
  status) cmd_status "$@" ;;
  run) cmd_run "$@" ;;
  *) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
