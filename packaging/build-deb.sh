#!/usr/bin/env bash
# Builds the Debian package into dist/natter_<version>-1_<arch>.deb. By default it configures
# the build folder exactly as test.sh does, so after ./test.sh only CPack runs.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${NATTER_BUILD_DIR:-build}
type=${NATTER_BUILD_TYPE:-RelWithDebInfo}
prefix=$(packaging/deps/setup.sh)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DCMAKE_PREFIX_PATH="$prefix" \
    -DBUILD_TESTING=ON -UQXmppQt6_DIR >/dev/null
cmake --build "$build" --target natter
rm -f dist/natter_*.deb
(cd "$build" && cpack -G DEB) >&2
ls dist/natter_*.deb
