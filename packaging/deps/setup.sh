#!/usr/bin/env bash
# Installs what Natter needs on Debian 12 and prints the CMake prefix path for QXmpp.
# Idempotent: when every package is present and QXmpp is built, it does no network work.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

fail() { echo "natter setup: $1" >&2; exit 1; }

# A system QXmpp >= 1.10 for Qt 6 (newer distributions, Homebrew, vcpkg) wins over our build.
system_qxmpp() {
    pkg-config --atleast-version=1.10 QXmppQt6 2>/dev/null
}

missing=()
if command -v dpkg-query >/dev/null; then
    while read -r pkg; do
        [ -z "$pkg" ] && continue
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/debian-packages.txt")
fi

if [ ${#missing[@]} -gt 0 ]; then
    sudo=
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null || fail "missing packages (${missing[*]}) and no root rights: install them with apt as root."
        sudo=sudo
    fi
    echo "natter setup: installing ${#missing[@]} Debian packages: ${missing[*]}" >&2
    log=$(mktemp "${TMPDIR:-/tmp}/natter-apt.XXXXXX.log")
    # Keep the package's own system-wide ejabberd from starting: tests run private instances.
    policy=/usr/sbin/policy-rc.d
    made_policy=
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null && $sudo chmod +x "$policy" && made_policy=1
    fi
    # An if, not `&&`: under set -e a false test as the last command would end the script.
    cleanup() { if [ -n "$made_policy" ]; then $sudo rm -f "$policy"; fi; }
    trap cleanup EXIT
    if ! $sudo apt-get update -q >>"$log" 2>&1; then
        tail -n 5 "$log" >&2
        fail "apt-get update failed (see $log): check the network and /etc/apt/sources.list.d."
    fi
    if ! $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}" >>"$log" 2>&1; then
        tail -n 5 "$log" >&2
        fail "apt-get install failed (see $log)."
    fi
    cleanup
    trap - EXIT
fi

if system_qxmpp; then
    echo ""
else
    "$here/qxmpp.sh"
fi
