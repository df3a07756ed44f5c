#!/usr/bin/env bash
# Sets up what is needed and runs every test: Rust (core, sync, site with its pages in a real browser, CLI, the real
# app window under Xvfb via WebDriver, accessibility with axe-core), the UI's unit tests and type checks, the check
# that the UI's generated types are current, the README's first command in its smoke mode, the installers, the code
# for Windows and macOS, the release workflow, and the installed app updating itself.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PATH"
# A CI run builds each crate once: incremental caches there would only take disk (they are about a third of target/).
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi

# The steps that install packages run as root (sudo for a developer who is not).
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo -E "$@"; fi
}

step() {
  echo "== $1"
  step_start=$SECONDS
}
took() { echo "   ($((SECONDS - step_start)) s)"; }

# The disk this run has, printed so that a run that fills it says so.
df -h . | tail -1
trap 'df -h . | tail -1' EXIT

step "UI: types, unit tests, and the build that the app under test embeds"
npm --prefix ui run check
npm --prefix ui test
npm --prefix ui run build
took

step "lint"
cargo fmt --all --check
cargo clippy --workspace --all-targets --features dais-app/custom-protocol -- -D warnings
took

step "Rust: core, sync, site, CLI, and the app window end to end"
cargo test --workspace --features dais-app/custom-protocol
took

step "the UI's types are generated from the current Rust types"
if [ -n "$(git status --porcelain -- ui/src/lib/bindings)" ]; then
  git status --short -- ui/src/lib/bindings
  echo "ui/src/lib/bindings is stale: run 'cargo test --workspace' and commit the result" >&2
  exit 1
fi

step "the README's first command, in its smoke mode: scripts/run-app.sh --check"
scripts/run-app.sh --check
took

step "the installers: scripts/package.sh --debug"
scripts/package.sh --debug
took

# Root's: it installs the package, runs it as its unit says and purges it. Where systemd runs (a developer's machine),
# the package's own scripts would start the service beside the check: CI, a container, runs it.
step "the site as a service: scripts/package-site.sh --debug"
if [ -d /run/systemd/system ]; then
  echo "   skipped: systemd runs here, and would start the packaged site itself (CI runs this step)"
else
  as_root scripts/package-site.sh --debug
fi
took

step "the code for Windows and macOS: scripts/check-platforms.sh"
scripts/check-platforms.sh
took

step "the release workflow: scripts/check-release.sh"
scripts/check-release.sh
took

# Last: it builds the app with another configuration (a release key of its own), which the steps above would rebuild.
step "the installed app updating itself: scripts/update-test.sh"
as_root scripts/update-test.sh
took
echo "all tests passed"
