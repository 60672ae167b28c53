#!/usr/bin/env bash
# setup.sh makes a Debian machine ready for Assay's PostgreSQL/Redis mode and
# its test suite: PostgreSQL (15+) running with the pgvector extension
# available, Redis running, and the databases created.
#
# It is idempotent: every step checks first and does nothing when the machine
# is already ready, so a second run takes a second or two.
#
# Environment:
#   ASSAY_PG_HOST (127.0.0.1)  ASSAY_PG_PORT (5432)  ASSAY_PG_USER (postgres)
#   ASSAY_DATABASES ("test assay")   databases to create, each with `vector`
set -euo pipefail

PG_HOST=${ASSAY_PG_HOST:-127.0.0.1}
PG_PORT=${ASSAY_PG_PORT:-5432}
PG_USER=${ASSAY_PG_USER:-postgres}
DATABASES=${ASSAY_DATABASES:-"test assay"}

log() { printf 'setup: %s\n' "$*" >&2; }

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    $SUDO apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

psql_q() { PGOPTIONS="-c client_min_messages=warning" psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "${2:-postgres}" -XAtqc "$1"; }

# --- PostgreSQL -------------------------------------------------------------
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  log "installing PostgreSQL"
  apt_install postgresql postgresql-client
fi
if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT" 2>/dev/null; then
  ver=$(ls /etc/postgresql | sort -n | tail -n 1)
  log "starting PostgreSQL $ver"
  pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
  for _ in $(seq 1 30); do
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break
    sleep 1
  done
  pg_isready -q -h "$PG_HOST" -p "$PG_PORT" || { log "PostgreSQL did not start"; exit 1; }
fi
PG_MAJOR=$(psql_q "show server_version_num" | cut -c1-2)
if [ "$PG_MAJOR" -lt 15 ]; then log "PostgreSQL 15+ needed, found $PG_MAJOR"; exit 1; fi

# --- pgvector ---------------------------------------------------------------
# Debian 12 packages no pgvector; build it from Debian's own source package
# (trixie) against this server's headers. Only source lines are added, so no
# binary package from trixie can ever be installed by accident.
if [ -z "$(psql_q "select 1 from pg_available_extensions where name='vector'")" ]; then
  log "building pgvector for PostgreSQL $PG_MAJOR from Debian's source package"
  src=/etc/apt/sources.list.d/assay-trixie-src.sources
  if [ ! -f "$src" ]; then
    $SUDO tee "$src" >/dev/null <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    apt_updated=0
  fi
  apt_install "postgresql-server-dev-$PG_MAJOR" build-essential dpkg-dev
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && apt-get source -qq pgvector >/dev/null 2>&1 || apt-get source pgvector)
  dir=$(find "$work" -maxdepth 1 -type d -name 'pgvector-*' | head -n 1)
  [ -n "$dir" ] || { log "apt-get source pgvector produced no source tree"; exit 1; }
  make -s -C "$dir" PG_CONFIG="/usr/lib/postgresql/$PG_MAJOR/bin/pg_config" OPTFLAGS="" >/dev/null
  $SUDO make -s -C "$dir" PG_CONFIG="/usr/lib/postgresql/$PG_MAJOR/bin/pg_config" install >/dev/null
  [ -n "$(psql_q "select 1 from pg_available_extensions where name='vector'")" ] \
    || { log "pgvector built but the server does not see it"; exit 1; }
  log "pgvector $(psql_q "select default_version from pg_available_extensions where name='vector'") installed"
fi

# --- databases --------------------------------------------------------------
for db in $DATABASES; do
  if [ -z "$(psql_q "select 1 from pg_database where datname='$db'")" ]; then
    log "creating database $db"
    psql_q "create database \"$db\""
  fi
  psql_q "create extension if not exists vector" "$db" >/dev/null
done

# --- the serving role --------------------------------------------------------
# Assay can serve as a role that may only read and append the audit log
# (ASSAY_DB_APP_ROLE=assay_app; `assay migrate`, as the owner, hands it the
# rest). The PostgreSQL tests serve as it too.
if [ -z "$(psql_q "select 1 from pg_roles where rolname='assay_app'")" ]; then
  log "creating role assay_app (may read and append the audit log, never rewrite it)"
  psql_q "create role assay_app login nosuperuser nocreatedb nocreaterole"
fi

# --- PDF text extraction (assay ingest FILE.pdf) ----------------------------
if ! command -v pdftotext >/dev/null 2>&1; then
  log "installing poppler-utils (pdftotext)"
  apt_install poppler-utils
fi

# --- Redis ------------------------------------------------------------------
if ! command -v redis-server >/dev/null 2>&1; then
  log "installing Redis"
  apt_install redis-server
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  log "starting Redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" \
    --appendonly no --dir /var/lib/redis --logfile /var/log/redis/assay.log
  for _ in $(seq 1 20); do
    redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break
    sleep 0.5
  done
  redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 || { log "Redis did not start"; exit 1; }
fi

log "ready: PostgreSQL $PG_MAJOR with pgvector, Redis, databases: $DATABASES"
