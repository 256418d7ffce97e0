#!/usr/bin/env bash
# Builds the .deb (packaging/build-deb.sh) and checks it the way a person would use it:
# validators, contents, dependencies, installation, `natter --version` and an offscreen start.
# As root the package is installed into this machine with apt; otherwise (or with
# NATTER_CHECK_DEB_SCRATCH=1) it runs unpacked from a scratch root, and its dependencies must
# already be installed. NATTER_BUILD_DIR and NATTER_BUILD_TYPE go to build-deb.sh.
# CI runs it after ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }
step() { echo "check-deb: $*" >&2; }

deb=$(packaging/build-deb.sh | tail -n 1)
[ -f "$deb" ] || fail "build-deb.sh produced no package"
step "checking $deb"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/natter-check-deb.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$deb" "$scratch/root"

# What ships must pass the freedesktop validators.
desktop-file-validate "$scratch/root/usr/share/applications/im.natter.Natter.desktop" \
    || fail "desktop-file-validate"
appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/im.natter.Natter.metainfo.xml" \
    >"$scratch/appstream.log" 2>&1 || { cat "$scratch/appstream.log" >&2; fail "appstreamcli validate"; }
grep -qx 'MimeType=x-scheme-handler/xmpp;' "$scratch/root/usr/share/applications/im.natter.Natter.desktop" \
    || fail "the .desktop file does not register xmpp: links"

expected=(usr/bin/natter usr/lib/natter/libQXmppQt6.so.5
    usr/share/icons/hicolor/scalable/apps/im.natter.Natter.svg)
for size in 16 24 32 48 64 128 256 512; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/im.natter.Natter.png")
done
for file in "${expected[@]}"; do
    [ -f "$scratch/root/$file" ] || fail "missing in package: /$file"
done
runpath=$(readelf -d "$scratch/root/usr/bin/natter" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')
[ "$runpath" = '$ORIGIN/../lib/natter' ] || fail "natter's RUNPATH is '$runpath', not \$ORIGIN/../lib/natter"

depends=$(dpkg-deb -f "$deb" Depends)
for pkg in libqt6core6 libqt6gui6 libqt6network6 libqt6qml6 libqt6quick6 qml6-module-qtquick-controls \
    qt6-qpa-plugins libsqlite3-0 libssl3 libqt6keychain1 fonts-noto-color-emoji; do
    [[ ", $depends," == *", $pkg"[\ ,]* ]] || fail "Depends lacks $pkg: $depends"
done

if [ "$(id -u)" = 0 ] && [ "${NATTER_CHECK_DEB_SCRATCH:-0}" != 1 ]; then
    step "installing with apt"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall "./$deb" >"$scratch/apt.log" 2>&1 \
        || { tail -n 20 "$scratch/apt.log" >&2; fail "apt-get install ./$deb"; }
    natter=/usr/bin/natter
    libdir=/usr/lib/natter
else
    step "running from the unpacked package in $scratch/root"
    natter=$scratch/root/usr/bin/natter
    libdir=$scratch/root/usr/lib/natter
fi

version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$natter" --version) \
    || fail "natter --version failed without a display"
expected_version=$(dpkg-deb -f "$deb" Version)
[ "$version" = "Natter ${expected_version%-*}" ] || fail "natter --version printed '$version'"
help=$(env -u DISPLAY -u WAYLAND_DISPLAY "$natter" --help) || fail "natter --help failed without a display"
[[ $help == *xmpp:* ]] || fail "--help does not mention xmpp: links"
if QT_QPA_PLATFORM=offscreen "$natter" --profile "$scratch/profile-bad" 'xmpp:alice@@example.org' \
    >/dev/null 2>"$scratch/bad-uri.log"; then
    fail "an invalid xmpp: link was accepted"
fi
grep -q 'not valid' "$scratch/bad-uri.log" || fail "no reason given for an invalid xmpp: link"

step "starting natter offscreen"
mkdir -m 700 "$scratch/runtime"
XDG_RUNTIME_DIR=$scratch/runtime QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='*.debug=false' \
    "$natter" --profile "$scratch/profile" >"$scratch/run.log" 2>&1 &
pid=$!
sleep 4
if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid" || true
    cat "$scratch/run.log" >&2
    fail "natter exited during startup"
fi
# Every library the running app mapped must come from the package or from what it depends on.
grep -o '/[^ ]*\.so[^ ]*' "/proc/$pid/maps" | sort -u >"$scratch/mapped"
kill "$pid"
wait "$pid" 2>/dev/null || true
if [ -s "$scratch/run.log" ]; then
    cat "$scratch/run.log" >&2
    fail "natter printed warnings while starting"
fi
grep -qx "$libdir/libQXmppQt6.so.5" "$scratch/mapped" || fail "natter did not load the bundled QXmpp"
grep -q '/qml/QtQuick/Controls/Material/' "$scratch/mapped" || fail "Main.qml's Material style was not loaded"

read -r -a roots < <(echo "$depends" | sed -e 's/([^)]*)//g' -e 's/[,|]/ /g')
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
    --no-enhances "${roots[@]}" 2>/dev/null | sed -n 's/^\([a-z0-9][^ :]*\).*/\1/p' | sort -u >"$scratch/closure"
# dpkg may know a file by its path before the /usr merge (/lib/...) or by a symlink's target.
owner_of() {
    local real candidate
    real=$(realpath "$1")
    for candidate in "$1" "$real" "${1#/usr}" "${real#/usr}"; do
        dpkg -S "$candidate" 2>/dev/null | head -n 1 | cut -d: -f1 && return 0
    done
    return 1
}
while read -r lib; do
    case $lib in "$scratch"/root/*|/usr/lib/natter/*|/usr/bin/natter) continue ;; esac
    owner=$(owner_of "$lib") || fail "$lib (loaded by natter) belongs to no package"
    grep -qx "$owner" "$scratch/closure" || fail "$lib comes from $owner, which the package does not depend on"
done <"$scratch/mapped"

step "OK: validators, contents, dependencies, --version, --help, link checking, offscreen start"
