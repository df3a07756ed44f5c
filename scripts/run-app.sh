#!/usr/bin/env bash
# Sets up what is needed, builds the app with its UI embedded, starts a local event site (dais-site) with the demo
# meeting and an organiser token, and opens the app on your workspace, pointed at that site: Publish works on the
# first click, and the public pages are at http://127.0.0.1:${DAIS_SITE_PORT:-8080}/.
# DAIS_WORKSPACE=path/to/file.dais picks another workspace; DAIS_SITE_DATA another folder for the site's data.
#
# `scripts/run-app.sh --check` is the same run as a smoke test (CI runs it): the same set-up and build, a local site
# and a throwaway workspace, the app in a virtual display (Xvfb) driven through WebDriver; it waits until the
# programme is rendered in the window, saves a screenshot to target/screenshots/run-app-check.png and exits 0, or
# exits non-zero with the reason.
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
if [ "${1:-}" = --check ]; then
  check=true
  shift
fi
fail() {
  echo "run-app: $*" >&2
  exit 1
}

if $check; then scripts/setup.sh check; else scripts/setup.sh app; fi
export PATH="$HOME/.cargo/bin:$PATH"
scripts/build.sh

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if $check; then
  # Nothing of the organiser's is touched: a workspace and a site folder of its own, on a free port.
  scratch=$(mktemp -d)
  export DAIS_WORKSPACE="$scratch/workspace.dais"
  site_data="$scratch/site"
  port=18080
  while ! port_free "$port"; do port=$((port + 1)); done
else
  port="${DAIS_SITE_PORT:-8080}"
  site_data="${DAIS_SITE_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/dais/local-site}"
  port_free "$port" || fail "port $port is taken: stop what runs there, or pick another with DAIS_SITE_PORT=PORT"
fi
mkdir -p "$site_data"
token_file="$site_data/organiser.token"
if [ ! -s "$token_file" ]; then
  target/debug/dais-site --data "$site_data" token revoke --name "Local organiser" 2>/dev/null || true
  (umask 077 && target/debug/dais-site --data "$site_data" token create --name "Local organiser" > "$token_file")
fi

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if $check; then rm -rf "$scratch"; fi
}
trap cleanup EXIT

target/debug/dais-site --data "$site_data" serve --demo --bind "127.0.0.1:$port" &
pids+=($!)
for _ in $(seq 100); do
  port_free "$port" || break
  kill -0 "${pids[0]}" 2>/dev/null || fail "the event site did not start (its output is above)"
  sleep 0.1
done
port_free "$port" && fail "the event site did not answer on 127.0.0.1:$port within 10 s"

# The same workspace as the app's (DAIS_WORKSPACE, else the app's data folder); `init` leaves an existing one alone.
target/debug/dais init --demo >/dev/null 2>&1 || true
target/debug/dais site --url "http://127.0.0.1:$port" --token "$(cat "$token_file")"
echo "Event site: http://127.0.0.1:$port/"

if ! $check; then
  target/debug/dais-app "$@"
  exit
fi

# The smoke run: the app in a virtual display, started and read through tauri-driver (WebDriver).
display=99
while [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
driver_port=$((port + 1000))
while ! port_free "$driver_port"; do driver_port=$((driver_port + 1)); done
DISPLAY=":$display" WEBKIT_DISABLE_COMPOSITING_MODE=1 NO_AT_BRIDGE=1 \
  tauri-driver --port "$driver_port" --native-port "$((driver_port + 1))" >"$scratch/driver.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do port_free "$driver_port" || break; sleep 0.1; done
port_free "$driver_port" && fail "tauri-driver did not start: $(cat "$scratch/driver.log")"

webdriver="http://127.0.0.1:$driver_port"
app="$PWD/target/debug/dais-app"
session=""
# The driver can cut off a first request while its WebKit driver is still starting: a few tries.
for _ in 1 2 3 4 5; do
  session=$(curl -sf -X POST "$webdriver/session" -H 'Content-Type: application/json' \
    -d "{\"capabilities\":{\"alwaysMatch\":{\"tauri:options\":{\"application\":\"$app\"}}}}" |
    jq -r '.value.sessionId // empty') && [ -n "$session" ] && break
  sleep 2
done
[ -n "$session" ] || fail "the app did not start in the window: $(tail -20 "$scratch/driver.log")"
ends=$((SECONDS + 60))
titles=""
while [ $SECONDS -lt $ends ]; do
  titles=$(curl -sf -X POST "$webdriver/session/$session/execute/sync" -H 'Content-Type: application/json' \
    -d '{"script":"return [...document.querySelectorAll(\"[data-testid=programme-row] [data-testid=row-title]\")].map(e => e.textContent.trim()).join(\"\\n\")","args":[]}' |
    jq -r '.value // empty') || true
  [ -n "$titles" ] && break
  sleep 0.5
done
[ -n "$titles" ] || fail "the window showed no programme within 60 s"
# The rows are in the page; the photograph waits for them to be painted (two frames on).
curl -sf -X POST "$webdriver/session/$session/execute/async" -H 'Content-Type: application/json' \
  -d '{"script":"const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)))","args":[]}' \
  >/dev/null || fail "the window did not paint the programme"
mkdir -p target/screenshots
shot=target/screenshots/run-app-check.png
DISPLAY=":$display" import -window root "$shot" || fail "no screenshot of the display"
curl -sf -X DELETE "$webdriver/session/$session" >/dev/null || true
echo "run-app --check: the app shows the programme ($(wc -l <<<"$titles") entries, first: $(head -1 <<<"$titles")); screenshot: $shot"
