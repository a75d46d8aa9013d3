#!/usr/bin/env bash
# Makes sure a PostgreSQL server from Debian's packages runs on this machine, with an empty database for the
# integration tests. Prints the environment the tests need (source it: eval "$(.ci/postgres.sh)").
set -euo pipefail
DB=${TOESLAGEN_IT_DB_NAME:-toeslagen_it}
USER_NAME=${TOESLAGEN_IT_DB_USER:-toeslagen}
PASSWORD=${TOESLAGEN_IT_DB_PASSWORD:-toeslagen}
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

# the client tools (psql, pg_ctlcluster from postgresql-common) may be there without a server: look for the server
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "Installing PostgreSQL from Debian's packages ..." >&2
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
fi
if ! pg_isready -q -h localhost -p 5432; then
  cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
  if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    $SUDO pg_createcluster "$version" main >&2
    cluster="$version main"
  fi
  $SUDO pg_ctlcluster $cluster start >&2
  for _ in $(seq 1 30); do pg_isready -q -h localhost -p 5432 && break; sleep 1; done
fi
# SQL goes to psql on standard input, as the postgres superuser (root uses su, others sudo).
run_sql() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -c "psql -v ON_ERROR_STOP=1 -q" >&2; else sudo -u postgres psql -v ON_ERROR_STOP=1 -q >&2; fi
}
run_sql <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$USER_NAME') THEN
    CREATE ROLE $USER_NAME LOGIN PASSWORD '$PASSWORD';
  END IF;
END \$\$;
DROP DATABASE IF EXISTS $DB WITH (FORCE);
CREATE DATABASE $DB OWNER $USER_NAME;
-- The test database does not wait for the disk at each commit (the tests kill the application, never the database
-- server; a committed transaction still is visible to every later one). Production keeps the default.
ALTER DATABASE $DB SET synchronous_commit = off;
SQL
echo "export TOESLAGEN_IT_DB_URL=jdbc:postgresql://localhost:5432/$DB"
echo "export TOESLAGEN_IT_DB_USER=$USER_NAME"
echo "export TOESLAGEN_IT_DB_PASSWORD=$PASSWORD"
