#!/usr/bin/env bash
# Dais updating itself, end to end (tests/update.rs): builds the app's .deb twice, as version N (tauri.conf.json's) and
# N+1, both trusting a release key made for this run alone (tauri signer generate), signs N+1's bundle with it and
# makes a copy of its signature with one byte changed; then the test installs N with dpkg, offers N+1 from a feed on
# 127.0.0.1 and drives the installed app under Xvfb. Needs root (dpkg -i), as in CI; removes the package at its end.
#
# Only for this run, the test builds may fetch their feed over plain http from 127.0.0.1
# (dangerousInsecureTransportProtocol); the released app's config does not allow it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
fail() {
  echo "update-test: $*" >&2
  exit 1
}
[ "$(id -u)" = 0 ] || fail "run as root: the test installs the app's .deb with dpkg"
scripts/setup.sh test

work=$(mktemp -d)
trap 'rm -rf "$work"; dpkg --purge dais >/dev/null 2>&1 || true' EXIT
tauri=ui/node_modules/.bin/tauri
"$tauri" signer generate --ci -p "" -w "$work/release.key" >/dev/null
pubkey=$(cat "$work/release.key.pub")
old=$(jq -r .version tauri.conf.json)
new=$(awk -F. -v OFS=. '{ $3 += 1; print }' <<<"$old")

build() { # version -> target/debug/bundle/deb/Dais_<version>_amd64.deb, copied to $work
  local config
  config=$(jq -cn --arg v "$1" --arg k "$pubkey" \
    '{version: $v, plugins: {updater: {pubkey: $k, dangerousInsecureTransportProtocol: true}}}')
  rm -rf target/debug/bundle/deb
  "$tauri" build --debug --bundles deb --config "$config" >"$work/build-$1.log" 2>&1 ||
    { tail -40 "$work/build-$1.log"; fail "the .deb of version $1 did not build"; }
  cp target/debug/bundle/deb/Dais_"$1"_amd64.deb "$work/"
}
build "$old"
build "$new"
deb_new="$work/Dais_${new}_amd64.deb"
TAURI_SIGNING_PRIVATE_KEY=$(cat "$work/release.key") TAURI_SIGNING_PRIVATE_KEY_PASSWORD="" \
  "$tauri" signer sign "$deb_new" >/dev/null
signature=$(cat "$deb_new.sig")
# The signature's own line (the second of the decoded .sig) with one character changed.
tampered=$(base64 -d <<<"$signature" | awk 'NR == 2 { c = substr($0, 20, 1); $0 = substr($0, 1, 19) (c == "A" ? "B" : "A") substr($0, 21) } { print }' | base64 -w0)
[ "$tampered" != "$signature" ] || fail "the signature was not changed"

echo "update-test: N $old ($(du -h "$work/Dais_${old}_amd64.deb" | cut -f1)), N+1 $new, one signed release key for this run"
DAIS_UPDATE_OLD_DEB="$work/Dais_${old}_amd64.deb" DAIS_UPDATE_NEW_DEB="$deb_new" \
  DAIS_UPDATE_OLD_VERSION="$old" DAIS_UPDATE_NEW_VERSION="$new" \
  DAIS_UPDATE_SIGNATURE="$signature" DAIS_UPDATE_TAMPERED_SIGNATURE="$tampered" \
  cargo test --features dais-app/custom-protocol --test update -- --ignored --nocapture
