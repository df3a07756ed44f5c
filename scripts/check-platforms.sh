#!/usr/bin/env bash
# The code for Windows and macOS, checked here where neither can be built whole: every crate (the app, the site, the
# CLI, core) is type-checked for x86_64-pc-windows-gnu (with Debian's MinGW, C parts compiled too) and for
# x86_64-apple-darwin, so that a Unix-only call left outside its `cfg` fails here, not on the release runners
# (.github/workflows/release.yml builds the installers there). Then core's unit tests run as a Windows program under
# Wine, among them the one that reads a secret file's ACL back through the Windows API (storage/private_file.rs).
# Debian's Wine (8.0) lacks bcryptprimitives.dll, whose ProcessPrng Rust's standard library calls on Windows: a
# stand-in built here with MinGW (scripts/wine/bcryptprimitives.c) sits beside the test program.
#
# No C compiler for macOS exists here (Apple's SDK cannot be had), so the C parts of dependencies (SQLite, ring,
# objc2's exception helper) are not compiled for it: a stand-in answers for the compiler and writes empty objects,
# which a type check never links. Idempotent: installs MinGW, Wine and the two Rust targets only when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
missing=()
for p in gcc-mingw-w64-x86-64 wine64; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "check-platforms: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
for target in x86_64-pc-windows-gnu x86_64-apple-darwin; do
  rustup target list --installed | grep -qx "$target" || rustup target add "$target"
done

echo "== Windows: cargo check"
cargo check --workspace --lib --bins --target x86_64-pc-windows-gnu

echo "== macOS: cargo check (Rust only)"
stand_in=target/tools/no-c-compiler
mkdir -p target/tools
cat >"$stand_in" <<'SH'
#!/bin/sh
# Answers cc-rs's questions as clang would (not MSVC: "-?" refused) and writes an empty object where one is asked for.
for a in "$@"; do [ "$a" = -E ] && { echo '#pragma message "clang"'; exit 0; }; done
for a in "$@"; do [ "$a" = "-?" ] && exit 1; done
out=""
while [ $# -gt 0 ]; do
  case "$1" in -o) out="$2"; shift ;; -o*) out="${1#-o}" ;; esac
  shift
done
[ -z "$out" ] || : >"$out"
SH
chmod +x "$stand_in"
CC_x86_64_apple_darwin="$PWD/$stand_in" CXX_x86_64_apple_darwin="$PWD/$stand_in" AR_x86_64_apple_darwin=ar \
  cargo check --workspace --lib --bins --target x86_64-apple-darwin

echo "== Windows: core's unit tests under Wine"
deps=target/x86_64-pc-windows-gnu/debug/deps
mkdir -p "$deps"
x86_64-w64-mingw32-gcc -shared -O2 -o "$deps/bcryptprimitives.dll" scripts/wine/bcryptprimitives.c -ladvapi32
export WINEPREFIX="$PWD/target/tools/wine" WINEDEBUG=-all
# Not ts-rs's exports of the UI's types (the Linux tests write them; under Wine they would land in ./bindings).
CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=/usr/lib/wine/wine64 \
  cargo test -p dais-core --lib --target x86_64-pc-windows-gnu -- --skip export_bindings
