#!/usr/bin/env bash
# Sets up what is needed, builds the app with its UI embedded, starts a local event site (dais-site) with the demo
# meeting and an organiser token, and opens the app on your workspace, pointed at that site: Publish works on the
# first click, and the public pages are at http://127.0.0.1:${DAIS_SITE_PORT:-8080}/.
# DAIS_WORKSPACE=path/to/file.dais picks another workspace; DAIS_SITE_DATA another folder for the site's data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh app
cargo build -p dais-site -p dais-cli
ui/node_modules/.bin/tauri build --debug --no-bundle

port="${DAIS_SITE_PORT:-8080}"
site_data="${DAIS_SITE_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/dais/local-site}"
mkdir -p "$site_data"
token_file="$site_data/organiser.token"
if [ ! -s "$token_file" ]; then
  target/debug/dais-site --data "$site_data" token revoke --name "Local organiser" 2>/dev/null || true
  (umask 077 && target/debug/dais-site --data "$site_data" token create --name "Local organiser" > "$token_file")
fi

target/debug/dais-site --data "$site_data" serve --demo --bind "127.0.0.1:$port" &
site_pid=$!
trap 'kill "$site_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done

# The same workspace as the app's (DAIS_WORKSPACE, else the app's data folder); `init` leaves an existing one alone.
target/debug/dais init --demo >/dev/null 2>&1 || true
target/debug/dais site --url "http://127.0.0.1:$port" --token "$(cat "$token_file")"
echo "Event site: http://127.0.0.1:$port/"
target/debug/dais-app "$@"
