#!/usr/bin/env bash
# Runs Qt's qmllint on every QML file of the UI module (CMake's all_qmllint target, with the
# modules' generated type information) under .qmllint.ini, and fails on any finding at "warning"
# level. Usage: tests/lint/qmllint.sh BUILD_DIR (built, so that the .qmltypes exist).
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR}
log="$build/qmllint.log"
start=$(date +%s)
if cmake --build "$build" --target all_qmllint >"$log" 2>&1; then
    echo "qmllint: no findings in $(( $(date +%s) - start )) s ($(grep -c '^Info' "$log" || true) at info level in $log)"
    exit 0
fi
# Each finding is a "Warning:" line, then the source line and a marker under the place.
grep -A2 -E '^Warning' "$log" >&2 || cat "$log" >&2
echo "qmllint: $(grep -c -E '^Warning: .*:[0-9]+:[0-9]+:' "$log" || true) findings; the levels are in .qmllint.ini" >&2
exit 1
