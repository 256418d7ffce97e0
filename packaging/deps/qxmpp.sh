#!/usr/bin/env bash
# Builds QXmpp 1.10.3 for Qt 6 once into a versioned prefix and prints that prefix.
# Debian 12 ships only QXmpp 1.4 for Qt 5, so the upstream tarball comes from Debian 13's
# source package, checked by apt against Debian's signed index and against our pinned hash.
# Our own patches in patches/*.patch (see the README) are applied in name order; the prefix
# carries a hash of them, so a changed patch set builds anew instead of reusing an old build.
set -euo pipefail

QXMPP_VERSION=1.10.3
QXMPP_DEBIAN_VERSION=1.10.3-1
QXMPP_SHA256=0e280c364a7ae3728ea4a42f2486e4b6dc1d0808193c015224ff6f689c591930

fail() {
    echo "natter setup: $1" >&2
    [ -n "${2:-}" ] && [ -f "$2" ] && { echo "--- last lines of $2:" >&2; tail -n 15 "$2" >&2; }
    exit 1
}

qt_version=$(qtpaths6 --qt-query QT_VERSION 2>/dev/null || true)
[ -n "$qt_version" ] || fail "Qt 6 is not installed (qtpaths6 not found); run packaging/deps/setup.sh first."

here=$(cd "$(dirname "$0")" && pwd)
patches=()
for patch in "$here"/patches/*.patch; do
    [ -f "$patch" ] && patches+=("$patch")
done
patch_set=
if [ ${#patches[@]} -gt 0 ]; then
    patch_set=-p$(cat "${patches[@]}" | sha256sum | cut -c1-8)
fi

cache_root=${XDG_CACHE_HOME:-$HOME/.cache}/natter/deps
prefix=$cache_root/qxmpp-$QXMPP_VERSION$patch_set-qt$qt_version
if [ -f "$prefix/.complete" ]; then
    echo "$prefix"
    exit 0
fi

# Two first builds at once (two worktrees, or test.sh beside run.sh) would remove and install
# the same prefix together: the second waits here, then finds the first one's build complete.
mkdir -p "$cache_root"
exec 9>"$prefix.lock"
flock 9
if [ -f "$prefix/.complete" ]; then
    echo "$prefix"
    exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/natter-qxmpp.XXXXXX")
trap 'rm -rf "$work"' EXIT
log=$prefix.build.log
: >"$log"

# A private apt configuration: its own lists and a single deb-src entry for trixie, on the
# mirror this machine already uses. The system's apt state is left untouched.
uris=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$uris" ] || fail "no URIs: entry in /etc/apt/sources.list.d/debian.sources; cannot locate the Debian mirror to fetch QXmpp's source."
mkdir -p "$work/apt/lists/partial" "$work/apt/cache/archives/partial" "$work/apt/sources"
cat >"$work/apt/sources/trixie-src.sources" <<SRC
Types: deb-src
URIs: $uris
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
cat >"$work/apt/apt.conf" <<CONF
Dir::State "$work/apt";
Dir::State::Lists "$work/apt/lists";
Dir::State::status "/var/lib/dpkg/status";
Dir::Cache "$work/apt/cache";
Dir::Etc::SourceList "/dev/null";
Dir::Etc::SourceParts "$work/apt/sources";
CONF
export APT_CONFIG=$work/apt/apt.conf

echo "natter setup: fetching QXmpp $QXMPP_VERSION source (one time)..." >&2
apt-get update >>"$log" 2>&1 || fail "could not read Debian's trixie source index (network or mirror problem)." "$log"
url=$(apt-get source --print-uris "qxmpp=$QXMPP_DEBIAN_VERSION" 2>>"$log" | awk -F"'" '/orig\.tar/ { print $2 }')
[ -n "$url" ] || fail "Debian's index does not list qxmpp $QXMPP_DEBIAN_VERSION's source tarball." "$log"
tarball=$work/qxmpp-$QXMPP_VERSION.tar.gz
/usr/lib/apt/apt-helper download-file "$url" "$tarball" "SHA256:$QXMPP_SHA256" >>"$log" 2>&1 \
    || fail "downloading or verifying the QXmpp tarball failed (expected sha256 $QXMPP_SHA256)." "$log"
echo "$QXMPP_SHA256  $tarball" | sha256sum --check --status || fail "QXmpp tarball hash mismatch."

tar -xzf "$tarball" -C "$work"
src=$(find "$work" -maxdepth 1 -type d -name 'qxmpp*' | head -n 1)
[ -n "$src" ] || fail "the QXmpp tarball did not contain a source folder."
for patch in ${patches[@]+"${patches[@]}"}; do
    patch -d "$src" -p1 --forward --batch <"$patch" >>"$log" 2>&1 \
        || fail "applying $(basename "$patch") to QXmpp $QXMPP_VERSION failed." "$log"
done

echo "natter setup: building QXmpp $QXMPP_VERSION for Qt $qt_version (about 3 minutes, once)..." >&2
rm -rf "$prefix"
# A new patch set rebuilds all of QXmpp; ccache (when present) makes that a minute, not eight.
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=$work CCACHE_NOHASHDIR=true
fi
cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DQT_VERSION_MAJOR=6 \
    ${launcher[@]+"${launcher[@]}"} \
    -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_DOCUMENTATION=OFF -DBUILD_OMEMO=OFF \
    -DWITH_GSTREAMER=OFF -DWITH_QCA=OFF -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DCMAKE_INSTALL_LIBDIR=lib >>"$log" 2>&1 || fail "configuring QXmpp failed." "$log"
cmake --build "$work/build" --parallel "$(nproc)" >>"$log" 2>&1 || fail "building QXmpp failed." "$log"
cmake --install "$work/build" >>"$log" 2>&1 || fail "installing QXmpp into $prefix failed." "$log"
touch "$prefix/.complete"
echo "$prefix"
