#!/usr/bin/env bash
# Installs what is missing, builds Natter and launches it. Arguments go to Natter,
# e.g. ./run.sh --profile ~/natter-bob
# ./run.sh --demo instead starts a private ejabberd with two accounts and opens two Natter
# windows signed in as them (tests/fixtures/demo.sh).
set -euo pipefail
cd "$(dirname "$0")"
demo=false
if [ "${1:-}" = --demo ]; then
    demo=true
    shift
fi
build=${NATTER_BUILD_DIR:-build}
prefix=$(packaging/deps/setup.sh)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_PREFIX_PATH="$prefix" \
    -DBUILD_TESTING=ON >/dev/null
cmake --build "$build" --target natter
launch=("$build/app/natter" "$@")
if $demo; then
    launch=(tests/fixtures/demo.sh "$build/app/natter" "$@")
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run.sh: no display found; starting Natter on a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" "${launch[@]}"
fi
exec "${launch[@]}"
