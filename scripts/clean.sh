#!/usr/bin/env bash
# `make clean`: stop the private PostgreSQL clusters and remove .run/ (databases, filestore).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bindir="$(lo_pg_bindir || true)"
for dir in "$LO_STATE"/pg-*; do
    [ -f "$dir/postmaster.pid" ] && [ -n "$bindir" ] && lo_pg_as_owner "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
done
rm -rf "$LO_STATE"
lo_log "Removed $LO_STATE"
