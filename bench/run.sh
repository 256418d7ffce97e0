#!/usr/bin/env bash
# Benchmarks with their targets. Usage: bench/run.sh <benchmark> [--json FILE]
#   store   the history store (issue 4): ingest, chat list, first page, search, size
#   ingest  end to end (issue 5): 10,000 messages through a private ejabberd into Natter
#   ui      the conversation UI (issue 7) over the same history, offscreen unless QT_QPA_PLATFORM
#           or a display says otherwise
#   media   media (issue 9): the thumbnail of a 24-megapixel JPEG, time and peak memory; the
#           frames while a chat of 52 photos opens in the real window (offscreen as for ui)
#   groups  groups (issue 18): entering a room of 1,000, a 10,000-message burst, the chat list
#           of the store history with 200 of its chats made groups
# Each benchmark builds what it needs in build-bench (Release), prints a table of figures
# against targets and, with --json FILE, writes the figures as one flat JSON object.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${NATTER_BENCH_BUILD_DIR:-build-bench}
cache=${NATTER_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/natter/bench}

usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

# Configured every time: a new QXmpp patch set has a new prefix, and the old one must not stay
# cached in QXmppQt6_DIR.
build_targets() {
    prefix=$(packaging/deps/setup.sh)
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$prefix" \
        -UQXmppQt6_DIR >/dev/null
    cmake --build "$build" -j "${NATTER_BENCH_JOBS:-2}" --target "$@"
}

# The 1,000,000-message history, generated once; histgen's own rate is printed as it goes.
ensure_history() {
    history="$cache/history-1000x1000000-v$(history_version).db"
    if [ ! -f "$history" ]; then
        mkdir -p "$cache"
        rm -f "$history.tmp" "$history.tmp-wal" "$history.tmp-shm"
        "$build/bench/natter-histgen" --out "$history.tmp" --chats 1000 --messages 1000000 \
            --big-chat 100000
        mv "$history.tmp" "$history"
    fi
}

# A new schema or generator makes a new cached history.
history_version() {
    cat src/storage/Migrations.cpp bench/HistoryGenerator.cpp | sha1sum | cut -c1-8
}

bench_store() {
    build_targets natter-histgen natter-storebench
    ensure_history
    "$build/bench/natter-storebench" --db "$history" "$@"
}

# A private ejabberd, the same fixture the tests use, stopped when the benchmark ends.
bench_ingest() {
    build_targets natter-ingestbench
    export NATTER_TEST_SERVER_ENV
    NATTER_TEST_SERVER_ENV=$(mktemp -d)/server.env
    trap 'tests/fixtures/ejabberd.sh stop "$NATTER_TEST_SERVER_ENV"' EXIT
    tests/fixtures/ejabberd.sh start "$NATTER_TEST_SERVER_ENV"
    "$build/bench/natter-ingestbench" "$@"
}

# The crowds are bench/crowd.py processes; the history is the store benchmark's, copied.
bench_groups() {
    build_targets natter-histgen natter-groupsbench
    ensure_history
    export NATTER_TEST_SERVER_ENV
    NATTER_TEST_SERVER_ENV=$(mktemp -d)/server.env
    trap 'tests/fixtures/ejabberd.sh stop "$NATTER_TEST_SERVER_ENV"' EXIT
    tests/fixtures/ejabberd.sh start "$NATTER_TEST_SERVER_ENV"
    QT_LOGGING_RULES="natter.*.info=false" "$build/bench/natter-groupsbench" --db "$history" \
        --crowd bench/crowd.py "$@"
}

# The real window over a copy of the history; a fresh process for each cold start.
bench_ui() {
    build_targets natter-histgen natter-uibench
    ensure_history
    if [ -z "${QT_QPA_PLATFORM:-}" ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        export QT_QPA_PLATFORM=offscreen
    fi
    QT_LOGGING_RULES="natter.*.info=false" "$build/bench/natter-uibench" --db "$history" "$@"
}

# A 24-megapixel photo-like JPEG, made once; each timing run is a fresh process (peak RSS).
# Then a chat of 52 photos opened in the real window (as bench_ui), merged into the same JSON.
bench_media() {
    build_targets natter-mediabench natter-mediachatbench
    sample="$cache/photo-6000x4000-v$(sha1sum tests/fixtures/MediaSamples.cpp | cut -c1-8).jpg"
    if [ ! -f "$sample" ]; then
        mkdir -p "$cache"
        rm -f "$cache"/photo-6000x4000-v*.jpg
        "$build/bench/natter-mediabench" --make-sample "$sample.tmp.jpg"
        mv "$sample.tmp.jpg" "$sample"
    fi
    if [ -z "${QT_QPA_PLATFORM:-}" ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        export QT_QPA_PLATFORM=offscreen
    fi
    ensure_media_profile
    local status=0
    # 3: a target missed; the other figures are still measured.
    "$build/bench/natter-mediabench" --image "$sample" "$@" || status=$?
    [ $status -eq 0 ] || [ $status -eq 3 ] || return $status
    QT_LOGGING_RULES="natter.*.info=false" "$build/bench/natter-mediachatbench" \
        --profile "$media_profile" "$@" || status=$?
    return $status
}

# The profile with the 52-photo chat, made once; a copy is measured each time.
ensure_media_profile() {
    media_profile="$cache/media-chat-v$(media_profile_version)"
    if [ ! -d "$media_profile" ]; then
        mkdir -p "$cache"
        rm -rf "$cache"/media-chat-v* "$media_profile.tmp"
        "$build/bench/natter-mediachatbench" --make-profile "$media_profile.tmp"
        mv "$media_profile.tmp" "$media_profile"
    fi
}

# A new schema, sample generator, thumbnailer or profile writer makes a new profile.
media_profile_version() {
    cat src/storage/Migrations.cpp tests/fixtures/MediaSamples.cpp src/media/Thumbnailer.cpp \
        bench/MediaChatProfile.cpp | sha1sum | cut -c1-8
}

[ $# -ge 1 ] || usage
name=$1
shift
json=()
while [ $# -gt 0 ]; do
    case $1 in
    --json) json=(--json "$(realpath -m "$2")"); shift 2 ;;
    *) usage ;;
    esac
done
case $name in
store) bench_store "${json[@]}" ;;
ingest) bench_ingest "${json[@]}" ;;
ui) bench_ui "${json[@]}" ;;
media) bench_media "${json[@]}" ;;
groups) bench_groups "${json[@]}" ;;
*) usage ;;
esac
