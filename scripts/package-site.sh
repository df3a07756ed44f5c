#!/usr/bin/env bash
# Builds the event site's Debian package (cargo-deb: crates/site/Cargo.toml's [package.metadata.deb] and
# crates/site/debian/) and checks it as an admin's machine takes it: lintian finds no error or warning, systemd-analyze
# accepts the installed unit, `dpkg -i` makes the user, the settings and the data folder, the site started as its unit
# starts it answers, writes nowhere but its data folder and exits 0 on SIGTERM, a removal keeps the data, and a purge
# leaves nothing. `--debug` packages the debug build (quicker: what CI checks), `--release` (the default) the optimised
# one, each in target/debian/<profile>/; the sizes of both are printed when both are there.
# Runs as root where no systemd runs (a container, as in CI): it runs the unit's command line itself. A failed run
# leaves the machine as it found it: the site stopped, the package purged.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=release
case "${1:-}" in
  --debug) profile=debug ;;
  --release | "") ;;
  *)
    echo "usage: scripts/package-site.sh [--debug | --release]" >&2
    exit 2
    ;;
esac
fail() {
  echo "package-site: $*" >&2
  exit 1
}

[ "$(id -u)" = 0 ] || fail "run it as root: it installs the package and purges it"
# A running systemd would start the service from the package's own scripts, and this check would race it for the port.
[ ! -d /run/systemd/system ] || fail "systemd runs here: run this where it does not (a container, as in CI)"
# The purge at the end would take a real site's data and user with it.
status=$(dpkg-query -W -f='${db:Status-Status}' dais-site 2>/dev/null || true)
[ -z "$status" ] || [ "$status" = not-installed ] || fail "dais-site is on this machine ($status): this check would purge it"
! getent passwd dais-site >/dev/null || fail "a user dais-site exists here: this check would delete it"

# lintian and systemd-analyze (systemd) read the package; curl asks the site; strip (binutils) is cargo-deb's.
packages=(lintian systemd curl binutils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "package-site: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
export PATH="$HOME/.cargo/bin:$PATH"
# Pinned: this version only warns that the dev profile (--debug) is unsupported; a later one may refuse it.
cargo_deb=3.8.0
[ "$(cargo deb --version 2>/dev/null)" = "cargo-deb $cargo_deb" ] || cargo install cargo-deb --locked --version "$cargo_deb"

out=target/debian/$profile
rm -rf "$out"
# cargo-deb strips the binary of either profile: lintian finds no unstripped binary to warn of.
if [ "$profile" = debug ]; then
  cargo deb -p dais-site --locked --profile dev --output "$out/"
else
  cargo deb -p dais-site --locked --output "$out/"
fi
deb=$(ls "$out"/dais-site_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "cargo deb wrote no .deb in $out"
version=$(dpkg-deb --field "$deb" Version)
head -1 crates/site/debian/changelog | grep -qF "dais-site ($version)" ||
  fail "crates/site/debian/changelog's first entry is not for $version: add one"

# Its overrides are crates/site/debian/lintian-overrides, each with its reason.
lintian --fail-on error,warning "$deb" || fail "lintian finds errors or warnings in $deb (above)"

work=$(mktemp -d)
pid=""
installed=""
cleanup() {
  if [ -n "$pid" ]; then
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  if [ -n "$installed" ]; then
    dpkg --purge dais-site >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'fail interrupted' INT TERM

installed=yes
DEBIAN_FRONTEND=noninteractive dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || fail "dpkg -i $deb failed: $(cat "$work/dpkg.log")"
getent passwd dais-site >/dev/null || fail "dpkg -i made no user dais-site"
[ -x /usr/bin/dais-site ] || fail "dpkg -i put no executable /usr/bin/dais-site"
# The settings may hold the mail password: the site's group reads them, no one else.
[ "$(stat -c '%U:%G %a' /etc/dais-site/settings.toml 2>/dev/null)" = "root:dais-site 640" ] ||
  fail "/etc/dais-site/settings.toml is not there as root:dais-site 640: $(stat -c '%U:%G %a' /etc/dais-site/settings.toml 2>&1)"
[ "$(stat -c '%U:%G %a' /var/lib/dais-site 2>/dev/null)" = "dais-site:dais-site 750" ] ||
  fail "/var/lib/dais-site is not there as dais-site:dais-site 750: $(stat -c '%U:%G %a' /var/lib/dais-site 2>&1)"
# The man page names each of the binary's commands.
for name in $(/usr/bin/dais-site --help | sed -n '/^Commands:/,/^$/s/^  \([a-z]\+\) .*/\1/p' | grep -vx help); do
  zgrep -q "^\.BI\? \"\?$name\b" /usr/share/man/man1/dais-site.1.gz ||
    fail "the man page (crates/site/debian/dais-site.1) does not name the command $name"
done

unit=$(dpkg -L dais-site | grep '/systemd/system/dais-site\.service$' | head -1)
[ -n "$unit" ] || fail "the package installs no dais-site.service"
# verify says what it finds wrong (an unknown key, a missing binary) but may still exit 0: any word from it fails.
systemd-analyze verify "$unit" >"$work/verify.log" 2>&1 && [ ! -s "$work/verify.log" ] ||
  fail "systemd-analyze verify $unit: $(cat "$work/verify.log")"
# The exposure systemd scores the sandbox at (1.4 of 10 as shipped, 14 on this threshold's scale): hardening lost
# raises it.
systemd-analyze security --offline=yes --threshold=20 "$unit" >"$work/security.log" 2>&1 ||
  fail "the unit's sandbox is weaker than it was: $(tail -1 "$work/security.log")"

# The site as systemd would start it: the unit's command line, user, groups, umask, environment and folder, with no
# new privileges and no capabilities when the unit says so. The rest of its sandbox needs systemd. The unit quotes
# nothing and uses no specifier, so its lines are read as they are.
# A key's last value (the one systemd takes), else the default given.
value() { sed -n "s/^$1=//p" "$unit" | tail -1 | grep . || echo "${2:-}"; }
! grep -qE "^(ExecStart|Environment|WorkingDirectory)=.*[\"'%\$\\]" "$unit" ||
  fail "$unit quotes, escapes or uses specifiers, which this check does not read"
read -ra command <<<"$(value ExecStart)"
mapfile -t environment < <(sed -n 's/^Environment=//p' "$unit" | tr ' ' '\n')
user=$(value User)
group=$(value Group)
[ -n "$user" ] && [ -n "$group" ] || fail "$unit names no User= and Group="
setpriv_args=(--reuid="$user" --regid="$group" --init-groups)
[ "$(value NoNewPrivileges)" != yes ] || setpriv_args+=(--no-new-privs)
! grep -qx 'CapabilityBoundingSet=' "$unit" || setpriv_args+=(--bounding-set=-all --inh-caps=-all)
arg() {
  local i
  for ((i = 0; i < ${#command[@]} - 1; i++)); do
    [ "${command[$i]}" != "$1" ] || echo "${command[$((i + 1))]}"
  done
}
bind=$(arg --bind)
data=$(arg --data)
[ -n "$bind" ] || fail "the unit's ExecStart gives no --bind"
[ "$data" = /var/lib/dais-site ] || fail "the unit's site keeps its data in '${data:-its working folder}', not /var/lib/dais-site"
! curl -sS -o /dev/null "http://$bind/" 2>/dev/null || fail "something else answers on http://$bind/ already: stop it first"
umask "$(value UMask 0022)"
env -i --chdir="$(value WorkingDirectory /)" PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  "${environment[@]}" setpriv "${setpriv_args[@]}" -- "${command[@]}" >"$work/site.log" 2>&1 &
pid=$!
umask 0022
# Its child gone or a zombie (a zombie still takes signals: kill -0 cannot tell).
exited() { [ ! -e "/proc/$pid" ] || [ "$(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null)" = Z ]; }
for _ in $(seq 100); do
  ! exited || fail "the site stopped as it started: $(cat "$work/site.log")"
  ! curl -fsS -o /dev/null "http://$bind/" 2>/dev/null || break
  sleep 0.1
done
curl -fsS -o /dev/null "http://$bind/" || fail "the site does not answer on http://$bind/ 10 s after it started: $(cat "$work/site.log")"
for f in site.dais tokens.sqlite form.key; do
  [ -f "$data/$f" ] || fail "the site did not write $data/$f: $(ls -la "$data")"
done
readable=$(find "$data" -perm /o=rwx)
[ -z "$readable" ] || fail "the unit's UMask leaves the site's data open to other users: $readable"
elsewhere=$(find / \( -path /proc -o -path /sys -o -path "$data" \) -prune -o -user "$user" -print 2>/dev/null)
[ -z "$elsewhere" ] || fail "the site wrote outside $data: $elsewhere"
kill -TERM "$pid"
for _ in $(seq 50); do
  ! exited || break
  sleep 0.1
done
exited || fail "the site did not stop within 5 s of SIGTERM: $(cat "$work/site.log")"
code=0
wait "$pid" || code=$?
pid=""
[ "$code" = 0 ] || fail "the site exited with $code on SIGTERM, not 0: $(cat "$work/site.log")"

# Debian policy: a removal keeps the settings, the data and the user; a purge takes them.
dpkg --remove dais-site >"$work/dpkg.log" 2>&1 || fail "dpkg --remove dais-site failed: $(cat "$work/dpkg.log")"
[ ! -e /usr/bin/dais-site ] || fail "dpkg --remove left /usr/bin/dais-site"
[ -f /etc/dais-site/settings.toml ] && [ -f "$data/site.dais" ] && getent passwd dais-site >/dev/null ||
  fail "dpkg --remove took the settings, the data or the user: only a purge may"
dpkg --purge dais-site >"$work/dpkg.log" 2>&1 || fail "dpkg --purge dais-site failed: $(cat "$work/dpkg.log")"
installed=""
left=()
if getent passwd dais-site >/dev/null; then left+=("the user dais-site"); fi
if getent group dais-site >/dev/null; then left+=("the group dais-site"); fi
for f in /etc/dais-site "$data" /usr/bin/dais-site /etc/systemd/system/multi-user.target.wants/dais-site.service; do
  if [ -e "$f" ]; then left+=("$f"); fi
done
if dpkg-statoverride --list /etc/dais-site/settings.toml >/dev/null; then left+=("the settings' statoverride"); fi
[ ${#left[@]} = 0 ] || fail "dpkg --purge left ${left[*]}"

echo "package-site: checked $deb: lintian, systemd-analyze ($(tail -1 "$work/security.log" | sed 's/.*: //')), installed, served, stopped, purged"
for p in debug release; do
  for f in "target/debian/$p"/dais-site_*.deb; do
    if [ -f "$f" ]; then echo "package-site: $p package: $(du -h "$f" | cut -f1) ($f)"; fi
  done
done
