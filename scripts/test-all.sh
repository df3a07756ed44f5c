#!/usr/bin/env bash
# Sets up what is needed and runs every test: Rust (core, CLI, the real app window under Xvfb via WebDriver),
# the UI's unit tests and type checks, and the check that the UI's generated types are current.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PATH"

echo "== UI: types, unit tests, and the build that the app under test embeds"
npm --prefix ui run check
npm --prefix ui test
npm --prefix ui run build

echo "== lint"
cargo fmt --all --check
cargo clippy --workspace --all-targets --features dais-app/custom-protocol -- -D warnings

echo "== Rust: core, CLI, and the app window end to end"
cargo test --workspace --features dais-app/custom-protocol

echo "== the UI's types are generated from the current Rust types"
if [ -n "$(git status --porcelain -- ui/src/lib/bindings)" ]; then
  git status --short -- ui/src/lib/bindings
  echo "ui/src/lib/bindings is stale: run 'cargo test -p dais-core' and commit the result" >&2
  exit 1
fi
echo "all tests passed"
