#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy) on the C++ sources that recent commits changed and fails on any
# finding. Usage: tests/lint/clang-tidy-changed.sh BUILD_DIR (configured, with compile_commands.json).
#
# "Changed" must mean the same in a fresh clone in CI as in a worktree: the files touched by the
# commits made in the three hours before HEAD's own commit time, the length of one session, so
# the work that is landing is checked; dates come from the history, not the clock, so a rerun
# checks the same files. NATTER_TIDY_BASE=<rev> checks the files changed since rev instead,
# NATTER_TIDY=all every source, NATTER_TIDY=off nothing. A changed header brings in its .cpp.
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$build" && pwd)
cd "$root"
mode=${NATTER_TIDY:-changed}
[ "$mode" = off ] && exit 0

command -v clang-tidy >/dev/null || { echo "clang-tidy: not installed (see packaging/deps/debian-packages.txt)" >&2; exit 1; }
[ -f "$build/compile_commands.json" ] || { echo "clang-tidy: no $build/compile_commands.json" >&2; exit 1; }

changed() {
    if [ -n "${NATTER_TIDY_BASE:-}" ]; then
        git diff --name-only "$NATTER_TIDY_BASE" -- '*.cpp' '*.h'
    else
        local head_time
        head_time=$(git log -1 --format=%ct)
        git log --since=$((head_time - 3 * 3600)) --name-only --format= -- '*.cpp' '*.h'
    fi
}

# The translation units of our own sources in the compile database, by path from the root.
mapfile -t units < <(python3 - "$build/compile_commands.json" "$root" <<'PY'
import json, os, sys
root = sys.argv[2] + os.sep
for entry in json.load(open(sys.argv[1])):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    if path.startswith(root):
        print(path[len(root):])
PY
)
declare -A known=()
for unit in "${units[@]}"; do known[$unit]=1; done

declare -A chosen=()
if [ "$mode" = all ]; then
    for unit in "${units[@]}"; do chosen[$unit]=1; done
else
    while read -r file; do
        [ -z "$file" ] && continue
        [ -f "$file" ] || continue # deleted or moved since
        case $file in *.h) file=${file%.h}.cpp ;; esac
        [ -n "${known[$file]:-}" ] && chosen[$file]=1
    done < <(changed | sort -u)
fi
if [ ${#chosen[@]} -eq 0 ]; then
    echo "clang-tidy: no changed sources to check"
    exit 0
fi

out=$(mktemp -d "${TMPDIR:-/tmp}/natter-tidy.XXXXXX")
trap 'rm -rf "$out"' EXIT
jobs=${NATTER_TIDY_JOBS:-$(nproc)}
start=$(date +%s)
# One clang-tidy per file, its output kept apart so parallel runs do not interleave.
# shellcheck disable=SC2016 # expanded by the inner sh
printf '%s\n' "${!chosen[@]}" | sort | xargs -P "$jobs" -I{} sh -c '
    log="$2/$(echo "$1" | tr / _).log"
    clang-tidy -p "$3" --quiet --warnings-as-errors="*" "$1" >"$log" 2>&1 || mv "$log" "$log.failed"
' sh {} "$out" "$build"
failed=$(find "$out" -name '*.failed' | wc -l)
echo "clang-tidy: ${#chosen[@]} files in $(( $(date +%s) - start )) s, $failed with findings"
if [ "$failed" -gt 0 ]; then
    # Only the findings, not the "N warnings generated" chatter.
    cat "$out"/*.failed | grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^Error while processing' >&2
    exit 1
fi
