#!/usr/bin/env bash
# Runs the benchmark programs and prints their figures (ratios against baselines measured in the same run).
# Installs wrk (the load generator for the form figure) when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  sudo_if_needed=""; [ "$(id -u)" -eq 0 ] || sudo_if_needed="sudo"
  $sudo_if_needed apt-get install -y wrk
fi
cargo bench -p dais-core --bench writes
cargo bench -p dais-site --bench sync
