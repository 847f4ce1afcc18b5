#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a throwaway gnome-keyring, unlocked with a
# throwaway password, in a throwaway home: the keychain tests never touch a real keyring.
set -euo pipefail
exec dbus-run-session -- bash -c '
  set -euo pipefail
  export HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d)
  chmod 700 "$XDG_RUNTIME_DIR"
  eval "$(printf "throwaway-password" | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  ACCOUNT_CONSOLE_EXPECT_KEYCHAIN=1 "$@"
  status=$?
  rm -rf "$HOME" "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME"
  exit $status' bash "$@"
