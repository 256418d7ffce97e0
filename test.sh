#!/usr/bin/env bash
# Installs what is missing, builds Natter and runs every test: format check, qmllint and
# clang-tidy, unit, integration (against a private ejabberd) and GUI. Extra arguments go to
# ctest, e.g. -L unit.
set -euo pipefail
cd "$(dirname "$0")"
build=${NATTER_BUILD_DIR:-build}
prefix=$(packaging/deps/setup.sh)

# Formatting is part of the test: a diff fails the run.
mapfile -t sources < <(git ls-files -- '*.cpp' '*.h' 2>/dev/null || find app src tests bench -name '*.cpp' -o -name '*.h')
if [ ${#sources[@]} -gt 0 ] && ! clang-format --dry-run --Werror "${sources[@]}" 2>/tmp/natter-format.$$; then
    head -n 20 /tmp/natter-format.$$ >&2
    rm -f /tmp/natter-format.$$
    echo "test.sh: formatting differs from .clang-format; run: clang-format -i \$(git ls-files '*.cpp' '*.h')" >&2
    exit 1
fi
rm -f /tmp/natter-format.$$

# QXmppQt6_DIR is searched anew, so a new QXmpp patch set (a new prefix) replaces a cached one.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_PREFIX_PATH="$prefix" \
    -DBUILD_TESTING=ON -UQXmppQt6_DIR >/dev/null
cmake --build "$build"

# The linters we configured, after the build (qmllint reads the generated type information):
# qmllint on every QML file (.qmllint.ini), clang-tidy on the sources that the latest commits
# changed (.clang-tidy; see tests/lint/clang-tidy-changed.sh for what "changed" means). A finding
# fails the run. NATTER_TIDY=all checks every source, NATTER_TIDY=off none.
tests/lint/qmllint.sh "$build"
tests/lint/clang-tidy-changed.sh "$build"

cd "$build"
exec ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@"
