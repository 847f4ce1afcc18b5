# Debian 12 packages, by name: sourced by run.sh and test.sh.
BUILD_PACKAGES=(build-essential cmake ninja-build qt6-base-dev qt6-httpserver-dev qt6-websockets-dev
                qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev qtkeychain-qt6-dev libsimdjson-dev libfontconfig-dev
                qt6-translations-l10n qt6-svg-dev)
TEST_PACKAGES=(python3 python3-jsonschema python3-yaml xvfb xauth imagemagick dbus desktop-file-utils appstream lintian gnome-keyring
               zlib1g-dev clang libclang-rt-14-dev valgrind)

# Installs what is missing (apt-get, with sudo when not root); a no-op when all is there.
install_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
