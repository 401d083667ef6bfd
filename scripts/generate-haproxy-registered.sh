#!/bin/sh
# Writes the keyword lists registered by the installed HAProxy binary
# (`haproxy -dKall`) to server/src/haproxy/catalogue/generated/registered-2.6.txt.
#
# Usage: scripts/generate-haproxy-registered.sh [output-file]
#   HAPROXY=/path/to/haproxy   binary to ask (default: haproxy from PATH)
#
# The file is the raw standard output of the command, unedited. haproxy exits
# with status 2 after dumping the lists because /dev/null holds no proxy; that
# is expected. Keywords parsed directly by cfgparse.c (daemon, maxconn,
# balance, mode, server, bind, ...) are not registered and so are not listed.

set -eu

HAPROXY=${HAPROXY:-haproxy}
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/../server/src/haproxy/catalogue/generated/registered-2.6.txt"}

version=$("$HAPROXY" -v 2>/dev/null | head -n 1)
case "$version" in
  *" version 2.6."*) ;;
  *) echo "generate-haproxy-registered: expected HAProxy 2.6, found: $version" >&2 ;;
esac

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

status=0
"$HAPROXY" -dKall -q -c -f /dev/null >"$tmp" || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 2 ]; then
  echo "generate-haproxy-registered: haproxy exited with status $status" >&2
  exit 1
fi
if ! grep -q '^# List of registered configuration keywords' "$tmp"; then
  echo "generate-haproxy-registered: no keyword list in the output of $HAPROXY -dKall" >&2
  exit 1
fi

mkdir -p "$(dirname "$out")"
cat "$tmp" >"$out"
echo "wrote $out ($(wc -l <"$out") lines) from: $version"
node "$(dirname "$0")/generate-haproxy-registered-json.mjs"
