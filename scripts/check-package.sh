#!/usr/bin/env bash
# Builds the .deb and .tar.gz from a configured build directory and checks them as IT would:
# desktop-file-validate, appstreamcli, lintian; then (as root, or with passwordless sudo) installs
# the .deb, runs both programs from /usr/bin, starts the console under xvfb-run and takes a
# screenshot that must not be blank, removes the package and checks that nothing stays in /usr.
# Usage: check-package.sh BUILD_DIR. Exit 77 (skipped) when it may not install packages.
set -euo pipefail
build=$(realpath "$1")
source_dir=$(realpath "$(dirname "$0")/..")
cd "$build"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then sudo=(sudo -n); else
    echo "check-package: skipped: installing a package needs root or passwordless sudo"; exit 77
  fi
fi
fail() { echo "check-package: FAIL: $*"; exit 1; }

rm -f account-console_*.deb account-console-*.tar.gz
cpack -G DEB >/dev/null
cpack -G TGZ >/dev/null
deb=$(ls account-console_*.deb)
tgz=$(ls account-console-*.tar.gz)
echo "built $deb and $tgz"

desktop-file-validate "$source_dir"/resources/*.desktop || fail "desktop-file-validate"
echo "ok   desktop-file-validate"
appstreamcli validate --no-net "$source_dir"/resources/*.metainfo.xml || fail "appstreamcli validate"
echo "ok   appstreamcli validate"
lintian --fail-on error --suppress-tags-from-file "$source_dir/installer/lintian-accepted" "$deb" \
  || fail "lintian reported errors"
echo "ok   lintian (no errors; accepted warnings are listed in installer/lintian-accepted)"

if dpkg-query -W account-console >/dev/null 2>&1; then "${sudo[@]}" apt-get remove -y -qq account-console >/dev/null; fi
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "./$deb" >/dev/null || fail "apt-get install ./$deb"
echo "ok   apt-get install ./$deb"
installed=$(dpkg-query -L account-console)
for qm in en fr_CA es_US; do
  grep -qx "/usr/share/account-console/translations/account-console_$qm.qm" <<<"$installed" \
    || fail "the package lacks the $qm translation"
done
echo "ok   the translations are installed (/usr/share/account-console/translations)"

version=$(/usr/bin/account-console --version) || fail "/usr/bin/account-console --version"
expected="account-console $(dpkg-query -W -f='${Version}' account-console)"
[ "$version" = "$expected" ] || fail "--version said '$version', the package is '$expected'"
/usr/bin/account-console --help | grep -q "Account Console $(dpkg-query -W -f='${Version}' account-console)" \
  || fail "--help does not show the version"
echo "ok   $version (also in --help)"
first=$(timeout 10 /usr/bin/account-console-sandbox --port 0 | head -n 1) || true
[[ "$first" =~ ^listening\ on\ http://127\.0\.0\.1:[0-9]+$ ]] || fail "sandbox printed '$first'"
echo "ok   /usr/bin/account-console-sandbox: $first"

shot=$(mktemp --suffix=.png)
home=$(mktemp -d)
HOME=$home QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  /usr/bin/account-console & pid=\$!
  sleep 5
  import -window root '$shot'
  kill \$pid; wait \$pid 2>/dev/null || true" || fail "the console did not run under xvfb-run"
deviation=$(convert "$shot" -format '%[fx:standard_deviation]' info:)
awk -v d="$deviation" 'BEGIN { exit !(d > 0.02) }' || fail "the screenshot is blank (deviation $deviation)"
echo "ok   the installed console shows its window (screenshot $shot, deviation $deviation)"
rm -rf "$home"

"${sudo[@]}" apt-get remove -y -qq account-console >/dev/null || fail "apt-get remove"
left=()
while IFS= read -r path; do
  [[ "$path" == /usr/* ]] || continue
  [ -f "$path" ] || [ -L "$path" ] && left+=("$path")
done <<< "$installed"
[ ${#left[@]} -eq 0 ] || fail "files left after removal: ${left[*]}"
echo "ok   apt-get remove left no files in /usr"
