#!/usr/bin/env bash
# Bring Odoo's source to ODOO_PATH when it is missing (called by scripts/setup-venv.sh; callable
# alone). Nothing happens when ODOO_PATH already holds Odoo (odoo/release.py).
#   ODOO_GIT_URL  repository to clone (default https://github.com/odoo/odoo; a mirror works)
#   ODOO_BRANCH   branch, cloned shallow (default 18.0)
#   ODOO_REF      a commit to pin instead: fetched alone (shallow) and checked out
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

url="${ODOO_GIT_URL:-https://github.com/odoo/odoo}"
branch="${ODOO_BRANCH:-18.0}"
if [ -f "$ODOO_PATH/odoo/release.py" ]; then
    lo_log "Odoo source found in $ODOO_PATH"
    exit 0
fi
if [ -e "$ODOO_PATH" ] && [ -n "$(ls -A "$ODOO_PATH" 2>/dev/null)" ]; then
    lo_die "ODOO_PATH=$ODOO_PATH exists but holds no Odoo source (odoo/release.py missing); move it away or point ODOO_PATH elsewhere."
fi
command -v git >/dev/null 2>&1 || lo_die "git is needed to fetch Odoo (apt-get install git)."
mkdir -p "$(dirname "$ODOO_PATH")"
tmp="$ODOO_PATH.partial.$$"
trap 'rm -rf "$tmp"' EXIT
if [ -n "${ODOO_REF:-}" ]; then
    lo_log "Fetching Odoo commit $ODOO_REF from $url into $ODOO_PATH"
    git init -q "$tmp"
    git -C "$tmp" remote add origin "$url"
    # servers allow fetching a reachable commit by its id (GitHub does; uploadpack.allowReachableSHA1InWant)
    git -C "$tmp" fetch -q --depth 1 origin "$ODOO_REF" || lo_die "could not fetch commit $ODOO_REF from $url"
    git -C "$tmp" -c advice.detachedHead=false checkout -q FETCH_HEAD
else
    lo_log "Cloning Odoo $branch from $url into $ODOO_PATH (shallow)"
    git clone -q --depth 1 -b "$branch" "$url" "$tmp" || lo_die "could not clone branch $branch of $url"
fi
[ -f "$tmp/odoo/release.py" ] || lo_die "$url ($ODOO_REF${ODOO_REF:+ }$branch) holds no odoo/release.py: not an Odoo repository."
rm -rf "$ODOO_PATH"
mv "$tmp" "$ODOO_PATH"
trap - EXIT
lo_log "Odoo $(sed -n "s/^version_info = (\([0-9]*\), \([0-9]*\).*/\1.\2/p" "$ODOO_PATH/odoo/release.py") at $ODOO_PATH ($(git -C "$ODOO_PATH" rev-parse --short HEAD))"
