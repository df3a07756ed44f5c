#!/usr/bin/env bash
# Builds what the app, the event site and the CLI run from, exactly as the tests build it (scripts/test-all.sh): the
# UI into ui/dist, embedded by the app, then every crate with the tests' features. The same features matter: a build
# of the binaries alone gives tauri and wry other features and builds them again, so after the tests, or after one of
# scripts/run-app.sh and scripts/package.sh --debug, this builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
# Vite writes every file anew, which would make cargo embed them and link the app again: only when a source changed.
if [ ! -f ui/dist/index.html ] || [ -n "$(find ui/src ui/index.html ui/package.json ui/vite.config.ts \
  -newer ui/dist/index.html -print -quit)" ]; then
  npm --prefix ui run build
fi
cargo test --workspace --features dais-app/custom-protocol --no-run
