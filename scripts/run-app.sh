#!/usr/bin/env bash
# Sets up what is needed, builds the app with its UI embedded and opens it on your workspace
# (a new workspace starts with the demo meeting). DAIS_WORKSPACE=path/to/file.dais picks another workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh app
ui/node_modules/.bin/tauri build --debug --no-bundle
exec target/debug/dais-app "$@"
