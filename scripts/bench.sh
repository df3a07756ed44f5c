#!/usr/bin/env bash
# Runs the benchmark programs and prints their figures (ratios against baselines measured in the same run).
# Installs wrk (the load generator for the form figures) and nginx (the reverse proxy in front of the site for one of
# them) when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  sudo_if_needed=""; [ "$(id -u)" -eq 0 ] || sudo_if_needed="sudo"
  $sudo_if_needed apt-get install -y wrk nginx-light
fi
cargo bench -p dais-core --bench writes
cargo bench -p dais-site --bench sync
