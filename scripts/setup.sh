#!/usr/bin/env bash
# Installs what Dais needs on Debian/Ubuntu, idempotently: `scripts/setup.sh app` for running the app,
# `scripts/setup.sh check` for its smoke run in a virtual display (scripts/run-app.sh --check), `scripts/setup.sh package`
# for building and checking the installers, `scripts/setup.sh test` for running every test (all of the above).
# Safe to run again; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-app}

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"

packages=(libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev libssl-dev
          build-essential pkg-config file curl nodejs npm)
if [ "$mode" = check ] || [ "$mode" = test ]; then
  # The real window under Xvfb, driven by WebDriver; screenshots.
  packages+=(webkit2gtk-driver xvfb xauth dbus dbus-x11 imagemagick jq)
  # Glyphs for the app's six languages in its screenshots: Arabic, Cyrillic (Noto), Chinese (Noto CJK).
  packages+=(fonts-noto-core fonts-noto-cjk)
  # xmllint reads the site's XML feeds as a tool of its own would (Atom; frab XML against c3voc's XSD).
  packages+=(libxml2-utils)
  # openpyxl reads the participants list's XLSX back as a reader of its own would (Debian's python3, /usr/bin/python3).
  packages+=(python3-openpyxl)
  # LibreOffice writes the ODS the registrations import reads as another program's (soffice --convert-to ods), and
  # prints a circular's DOCX to the PDF the circular's reading is tried on (--convert-to pdf).
  packages+=(libreoffice-calc-nogui libreoffice-writer-nogui)
  # The site's mail tests deliver to a real SMTP server that each test starts (Debian's aiosmtpd).
  packages+=(python3-aiosmtpd)
  # python-docx reads the programme's DOCX back as a reader of its own would; pdftotext (poppler) its PDF.
  packages+=(python3-docx poppler-utils)
  # The fonts the programme's PDF prints every script in (Latin, Greek, Cyrillic, Arabic, Devanagari; Chinese,
  # Japanese, Korean), read from the system at run time.
  packages+=(fonts-noto-core fonts-noto-cjk)
fi
if [ "$mode" = package ] || [ "$mode" = test ]; then
  # Reading the built .deb and .rpm as other tools do: desktop-file-validate, rpm.
  packages+=(desktop-file-utils rpm)
fi
if [ "$mode" = test ]; then
  # The site's pages in a real browser (accessibility checks, the embeds in a host page).
  packages+=(chromium chromium-driver)
  # The app updating itself (scripts/update-test.sh): the updater installs a .deb through pkexec, else sudo; GIO
  # opens a .dais file as a file manager does; pkill ends the app started again.
  packages+=(sudo libglib2.0-bin procps)
  # The static export served by a web server (nginx) and its links followed by a checker of its own (LinkChecker).
  packages+=(nginx-light linkchecker)
  # The site's pages in Arabic and Chinese, as the screenshots show them.
  packages+=(fonts-noto-core fonts-noto-cjk)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A node/npm from elsewhere (nvm, nodesource) is fine too.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/#nodejs}"); missing=("${missing[@]/#npm}")
fi
read -ra missing <<<"${missing[*]}"
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null; then
  echo "setup: Rust is missing; install it from https://rustup.rs (rustup), then run this again" >&2
  exit 1
fi

# The UI's packages, exactly as locked.
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  npm --prefix ui ci --no-audit --no-fund
fi

if [ "$mode" = check ] || [ "$mode" = test ]; then
  command -v tauri-driver >/dev/null || cargo install tauri-driver --locked --version '^2'
fi
