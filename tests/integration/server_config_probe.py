#!/usr/bin/env python3
"""A minimal XMPP client (standard library only) that checks a server offers what Natter uses.

Run by server_config.sh against ejabberd started with packaging/server/ejabberd.yml; accounts
alice and bob exist, their passwords in PROBE_ALICE_PASSWORD and PROBE_BOB_PASSWORD.
"""
import argparse
import base64
import http.client
import itertools
import os
import socket
import ssl
import sys
import urllib.parse
import uuid
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

STREAM = "http://etherx.jabber.org/streams"
TLS = "urn:ietf:params:xml:ns:xmpp-tls"
SASL = "urn:ietf:params:xml:ns:xmpp-sasl"
DISCO_INFO = "http://jabber.org/protocol/disco#info"
DISCO_ITEMS = "http://jabber.org/protocol/disco#items"
MAM = "urn:xmpp:mam:2"
MUC = "http://jabber.org/protocol/muc"
DATA_FORM = "jabber:x:data"
# Long enough for ejabberd on a loaded 2-core machine; a healthy answer takes milliseconds.
TIMEOUT_S = 60


class ProbeError(Exception):
    pass


class Stream:
    """One client stream: STARTTLS or direct TLS, SASL PLAIN, bind, then IQs and messages."""

    def __init__(self, args, port, direct_tls=False):
        self.domain = args.domain
        self.tls = ssl.create_default_context(cafile=args.ca)
        self.tls.minimum_version = ssl.TLSVersion.TLSv1_2
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT_S)
        if direct_tls:
            self.sock = self.tls.wrap_socket(self.sock, server_hostname=self.domain)
        self.ids = itertools.count(1)
        self.messages = []
        self.features = self.open()

    def send(self, text):
        self.sock.sendall(text.encode())

    def open(self):
        self.parser = ET.XMLPullParser(events=("start", "end"))
        self.depth = 0
        self.queue = []
        self.send("<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                  f"xmlns:stream='{STREAM}' to={quoteattr(self.domain)} version='1.0'>")
        features = self.next()
        if features.tag != f"{{{STREAM}}}features":
            raise ProbeError(f"expected stream features, got {features.tag}")
        return features

    def next(self):
        while not self.queue:
            data = self.sock.recv(65536)
            if not data:
                raise ProbeError("the server closed the stream")
            self.parser.feed(data)
            for event, element in self.parser.read_events():
                self.depth += 1 if event == "start" else -1
                if event == "end" and self.depth == 1:
                    self.queue.append(element)
        return self.queue.pop(0)

    def starttls(self):
        starttls = self.features.find(f"{{{TLS}}}starttls")
        if starttls is None or starttls.find(f"{{{TLS}}}required") is None:
            raise ProbeError("port 5222 does not require STARTTLS")
        if self.features.find(f"{{{SASL}}}mechanisms") is not None:
            raise ProbeError("the server offers sign-in before TLS")
        self.send(f"<starttls xmlns='{TLS}'/>")
        if self.next().tag != f"{{{TLS}}}proceed":
            raise ProbeError("STARTTLS refused")
        # Verifies the chain against the test CA and the name against the domain.
        self.sock = self.tls.wrap_socket(self.sock, server_hostname=self.domain)
        self.features = self.open()

    def login(self, user, password):
        mechanisms = [m.text for m in self.features.iter(f"{{{SASL}}}mechanism")]
        if "PLAIN" not in mechanisms or not any(m.startswith("SCRAM-") for m in mechanisms):
            raise ProbeError(f"SASL mechanisms {mechanisms} lack PLAIN or SCRAM")
        token = base64.b64encode(f"\0{user}\0{password}".encode()).decode()
        self.send(f"<auth xmlns='{SASL}' mechanism='PLAIN'>{token}</auth>")
        answer = self.next()
        if answer.tag != f"{{{SASL}}}success":
            raise ProbeError(f"{user} could not sign in: {ET.tostring(answer).decode()}")
        self.features = self.open()
        bound = self.iq("set", None, "<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>")
        self.jid = bound.findtext(".//{urn:ietf:params:xml:ns:xmpp-bind}jid")
        self.bare = self.jid.split("/")[0]

    def iq(self, kind, to, payload, expect_error=False):
        ident = f"probe{next(self.ids)}"
        target = f" to={quoteattr(to)}" if to else ""
        self.send(f"<iq type='{kind}' id='{ident}'{target}>{payload}</iq>")
        while True:
            stanza = self.next()
            if stanza.tag == "{jabber:client}iq" and stanza.get("id") == ident:
                break
            self.messages.append(stanza)
        if (stanza.get("type") == "error") != expect_error:
            raise ProbeError(f"iq to {to} {payload[:60]}: {ET.tostring(stanza).decode()}")
        return stanza

    def info(self, to):
        query = self.iq("get", to, f"<query xmlns='{DISCO_INFO}'/>")
        features = {f.get("var") for f in query.iter(f"{{{DISCO_INFO}}}feature")}
        identities = {(i.get("category"), i.get("type"))
                      for i in query.iter(f"{{{DISCO_INFO}}}identity")}
        return query, features, identities


class Checks:
    def __init__(self):
        self.failures = []

    def require(self, what, present, wanted):
        missing = sorted(set(wanted) - set(present))
        if missing:
            self.failures.append(f"{what} lacks {missing}")
        else:
            print(f"ok: {what}: {sorted(wanted)}")


def check_server(alice, checks, domain):
    checks.require("stream features after sign-in",
                   {child.tag for child in alice.features},
                   {"{urn:xmpp:sm:3}sm", "{urn:xmpp:csi:0}csi",
                    "{urn:xmpp:features:rosterver}ver"})
    _, features, _ = alice.info(domain)
    checks.require(f"disco#info of {domain}", features,
                   {"urn:xmpp:blocking", "jabber:iq:last", "urn:xmpp:carbons:2", "urn:xmpp:ping",
                    "vcard-temp", "jabber:iq:register"})
    _, features, identities = alice.info(alice.bare)
    checks.require(f"disco#info of {alice.bare} (MAM)", features, {MAM})
    checks.require(f"identities of {alice.bare} (PEP)", identities, {("pubsub", "pep")})
    items = alice.iq("get", domain, f"<query xmlns='{DISCO_ITEMS}'/>")
    services = {item.get("jid") for item in items.iter(f"{{{DISCO_ITEMS}}}item")}
    checks.require(f"disco#items of {domain}", services,
                   {f"upload.{domain}", f"conference.{domain}"})
    query, features, _ = alice.info(f"upload.{domain}")
    checks.require("upload service", features, {"urn:xmpp:http:upload:0"})
    limits = [v.text for f in query.iter(f"{{{DATA_FORM}}}field")
              if f.get("var") == "max-file-size" for v in f.iter(f"{{{DATA_FORM}}}value")]
    checks.require("upload service's max-file-size", set(limits), {"104857600"})
    _, features, _ = alice.info(f"conference.{domain}")
    checks.require("MUC service", features, {MUC, MAM})


def check_upload(alice, checks, domain):
    data = os.urandom(4096)
    slot = alice.iq("get", f"upload.{domain}",
                    "<request xmlns='urn:xmpp:http:upload:0' filename='probe.bin' "
                    f"size='{len(data)}' content-type='application/octet-stream'/>")
    urls = {tag: slot.find(f".//{{urn:xmpp:http:upload:0}}{tag}").get("url")
            for tag in ("put", "get")}
    for method, body in (("PUT", data), ("GET", None)):
        url = urllib.parse.urlsplit(urls[method.lower()])
        # The URL names the domain; the test server listens on 127.0.0.1.
        connection = http.client.HTTPSConnection("127.0.0.1", url.port, context=alice.tls,
                                                 timeout=TIMEOUT_S)
        connection.sock = alice.tls.wrap_socket(
            socket.create_connection(("127.0.0.1", url.port), timeout=TIMEOUT_S),
            server_hostname=url.hostname)
        connection.request(method, url.path, body=body,
                           headers={"Host": url.netloc, "Content-Type": "application/octet-stream"})
        response = connection.getresponse()
        answer = response.read()
        if response.status not in (200, 201) or (method == "GET" and answer != data):
            checks.failures.append(f"HTTP upload: {method} {url.path} gave {response.status}")
            return
    print(f"ok: HTTP upload: PUT and GET of {len(data)} bytes over HTTPS")


def check_archive(alice, bob, checks):
    # bob is not alice's contact: only "default: always" archives this message.
    body = f"archived {uuid.uuid4()}"
    alice.send(f"<message type='chat' to={quoteattr(bob.bare)} id='m1'>"
               f"<body>{escape(body)}</body></message>")
    for account in (alice, bob):
        form = (f"<x xmlns='{DATA_FORM}' type='submit'><field var='FORM_TYPE' type='hidden'>"
                f"<value>{MAM}</value></field></x>")
        account.messages.clear()
        account.iq("set", None, f"<query xmlns='{MAM}' queryid='q'>{form}</query>")
        bodies = {m.findtext(".//{jabber:client}body") for m in account.messages}
        checks.require(f"{account.bare}'s archive", bodies, {body})


def check_group(alice, checks, domain):
    room = f"private@conference.{domain}"
    alice.send(f"<presence to={quoteattr(room + '/alice')}><x xmlns='{MUC}'/></presence>")
    while True:
        stanza = alice.next()
        if stanza.tag == "{jabber:client}presence" and stanza.get("from") == room + "/alice":
            break
    codes = {s.get("code") for s in stanza.iter(f"{{{MUC}#user}}status")}
    checks.require("room creation by a local user", codes, {"201"})
    # Accepts the server's defaults, which are what a private group needs.
    alice.iq("set", room, f"<query xmlns='{MUC}#owner'><x xmlns='{DATA_FORM}' type='submit'/>"
             "</query>")
    _, features, _ = alice.info(room)
    checks.require("a new room's defaults", features,
                   {"muc_persistent", "muc_membersonly", "muc_nonanonymous", MAM})


def check_registration_closed(args, checks):
    stream = Stream(args, args.c2s)
    stream.starttls()
    query = ("<query xmlns='jabber:iq:register'><username>mallory</username>"
             "<password>guessed-password</password></query>")
    answer = stream.iq("set", None, query, expect_error=True)
    conditions = {child.tag.split("}")[1] for e in answer.iter("{jabber:client}error")
                  for child in e}
    if conditions & {"forbidden", "not-allowed"}:
        print(f"ok: in-band sign-up refused ({sorted(conditions)})")
    else:
        checks.failures.append(f"in-band sign-up was refused with {sorted(conditions)}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--domain", required=True)
    parser.add_argument("--ca", required=True)
    parser.add_argument("--c2s", type=int, required=True)
    parser.add_argument("--c2s-tls", type=int, required=True)
    args = parser.parse_args()
    checks = Checks()
    try:
        alice = Stream(args, args.c2s)
        alice.starttls()
        print(f"ok: STARTTLS on c2s ({alice.sock.version()}), certificate verified")
        alice.login("alice", os.environ["PROBE_ALICE_PASSWORD"])
        print(f"ok: signed in as {alice.jid}")
        bob = Stream(args, args.c2s_tls, direct_tls=True)
        bob.login("bob", os.environ["PROBE_BOB_PASSWORD"])
        print(f"ok: signed in as {bob.jid} over direct TLS")
        check_server(alice, checks, args.domain)
        check_upload(alice, checks, args.domain)
        check_archive(alice, bob, checks)
        check_group(alice, checks, args.domain)
        check_registration_closed(args, checks)
    except (ProbeError, OSError, ssl.SSLError) as error:
        checks.failures.append(str(error))
    for failure in checks.failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())
