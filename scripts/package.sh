#!/usr/bin/env bash
# Builds the Linux installers that tauri.conf.json promises, a .deb and an .rpm, then checks them as a system would
# read them: the .deb unpacked into a throwaway root (dpkg -x) must hold the app's binary (every library it links
# found), its icon, a desktop file that desktop-file-validate accepts and that opens .dais workspaces, and the .dais
# file type; the .rpm must list the same files. (AppImage, also in tauri.conf.json, is built by the release workflow:
# its tools are downloaded from GitHub, which this machine cannot reach.)
# `scripts/package.sh` builds them optimised (target/release/bundle/); `--debug` builds a quicker debug build
# (target/debug/bundle/), which is what CI checks.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=release
if [ "${1:-}" = --debug ]; then
  profile=debug
fi
fail() {
  echo "package: $*" >&2
  exit 1
}

scripts/setup.sh package
export PATH="$HOME/.cargo/bin:$PATH"
rm -rf "target/$profile/bundle/deb" "target/$profile/bundle/rpm"
if [ "$profile" = debug ]; then
  # The debug installers bundle the binary the tests build, rather than build it again with other features.
  scripts/build.sh
  ui/node_modules/.bin/tauri bundle --debug --bundles deb,rpm
else
  ui/node_modules/.bin/tauri build --bundles deb,rpm
fi

deb=$(ls "target/$profile/bundle/deb/"*.deb 2>/dev/null | head -1)
rpm_file=$(ls "target/$profile/bundle/rpm/"*.rpm 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no .deb in target/$profile/bundle/deb"
[ -n "$rpm_file" ] || fail "no .rpm in target/$profile/bundle/rpm"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
[ -x "$root/usr/bin/dais-app" ] || fail "$deb has no executable usr/bin/dais-app"
desktop=$(ls "$root/usr/share/applications/"*.desktop 2>/dev/null | head -1)
[ -n "$desktop" ] || fail "$deb has no desktop file in usr/share/applications"
desktop-file-validate "$desktop" || fail "$(basename "$desktop") is not a valid desktop file"
# A .dais file opened from the file manager reaches the app as its argument (%f), as the file type it names.
grep -qx 'Exec=dais-app %f' "$desktop" || fail "$(basename "$desktop") does not start dais-app on a file: $(grep '^Exec' "$desktop")"
grep -qx 'MimeType=application/x-dais-workspace' "$desktop" || fail "$(basename "$desktop") does not open .dais files"
grep -q 'glob pattern="\*.dais"' "$root/usr/share/mime/packages/dais.xml" ||
  fail "$deb does not declare the .dais file type (usr/share/mime/packages/dais.xml)"
ls "$root/usr/share/icons/hicolor/"*/apps/dais-app.png >/dev/null 2>&1 || fail "$deb has no icon for dais-app"
dpkg-deb --field "$deb" Package Version Depends | grep -q 'libwebkit2gtk-4.1' ||
  fail "$deb does not depend on the WebKitGTK it needs"
# The unpacked binary must load: every library it links is found on this system.
missing=$(ldd "$root/usr/bin/dais-app" | grep 'not found' || true)
[ -z "$missing" ] || fail "the packaged binary lacks libraries: $missing"

listed=$(rpm -qlp "$rpm_file" 2>/dev/null)
for f in /usr/bin/dais-app "/usr/share/applications/$(basename "$desktop")" /usr/share/mime/packages/dais.xml; do
  grep -qx "$f" <<<"$listed" || fail "$rpm_file does not hold $f"
done

echo "package: checked $deb ($(du -h "$deb" | cut -f1)) and $rpm_file ($(du -h "$rpm_file" | cut -f1))"
