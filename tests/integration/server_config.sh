#!/usr/bin/env bash
# Starts ejabberd with packaging/server/ejabberd.yml as shipped (or the file given as $1), with
# only what a deployer fills in replaced: a test domain, a self-signed certificate, paths in a
# temporary folder, 127.0.0.1 and free ports. Registers two accounts the way the README says and
# lets server_config_probe.py check, as a client, what Natter relies on.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
config=$(realpath "${1:-$root/packaging/server/ejabberd.yml}")
envfile=$(mktemp -u /tmp/natter-server-config.XXXXXX.env)
# shellcheck source-path=SCRIPTDIR source=../fixtures/ejabberd.sh
. "$root/tests/fixtures/ejabberd.sh" functions "$envfile"

# Replaces the fixture's configuration (start() calls it with $dir, $domain, $c2s and $https).
# shellcheck disable=SC2154
write_config() {
    c2s_tls=$(free_port)
    s2s=$(free_port)
    sed -e "s|\"example.org\"|\"$domain\"|" \
        -e "s|/etc/ejabberd/certs/fullchain.pem|$dir/server.crt|" \
        -e "s|/etc/ejabberd/certs/privkey.pem|$dir/server.key|" \
        -e "s|/var/lib/ejabberd/|$dir/spool/|" \
        -e 's|ip: "::"|ip: "127.0.0.1"|' \
        -e "s|port: 5222\$|port: $c2s|" -e "s|port: 5223\$|port: $c2s_tls|" \
        -e "s|port: 5269\$|port: $s2s|" -e "s|port: 5443\$|port: $https|" \
        -e "s|@HOST@:5443/|@HOST@:$https/|" \
        "$config" >"$dir/ejabberd.yml"
    echo "server_config: the shipped file, with these lines replaced:" >&2
    diff "$config" "$dir/ejabberd.yml" | grep '^>' >&2 || true
    # A value the test did not replace would point at this machine's real server or files.
    local production='example\.org|/etc/ejabberd|/var/lib/ejabberd|"::"'
    local ports='[^0-9]5(222|223|269|443)([^0-9]|$)'
    if sed 's/#.*//' "$dir/ejabberd.yml" | grep -nE "$production|$ports" >&2; then
        echo "server_config: FAIL: the lines above were not replaced for the test" >&2
        return 1
    fi
}

cleanup() {
    stop || true
    case ${dir:-} in /tmp/natter-ejabberd.*) rm -rf "$dir" ;; esac
}
trap cleanup EXIT

start
# shellcheck source=/dev/null
. "$envfile"
alice_password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
bob_password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
ctl register alice "$domain" "$alice_password" >/dev/null
ctl register bob "$domain" "$bob_password" >/dev/null

PROBE_ALICE_PASSWORD=$alice_password PROBE_BOB_PASSWORD=$bob_password \
    python3 "$root/tests/integration/server_config_probe.py" --domain "$domain" \
    --ca "$dir/server.crt" --c2s "$NATTER_TEST_C2S_PORT" --c2s-tls "$c2s_tls"

# The README promises one SQLite file holds accounts and history: check it does.
counts=$(sqlite3 "$dir/spool/ejabberd.db" \
    "SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM archive);")
if [ "$counts" != "2|2" ]; then
    echo "server_config: FAIL: users|archive rows in SQLite are $counts, not 2|2" >&2
    exit 1
fi
echo "ok: accounts and archive are in $dir/spool/ejabberd.db"
