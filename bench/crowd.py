#!/usr/bin/python3
"""A crowd for the groups benchmark: many plain XMPP clients in one room, on the test fixture's
ejabberd (loopback). Standard library only, and as cheap per client as a client can be: raw
stanzas, and what the room sends is read and thrown away unparsed.

  crowd.py --env SERVER_ENV --room ROOM --count N --prefix NAME [--create]
Registers NAME0..NAME(N-1) through the server's HTTP API, signs them in and enters ROOM with
their name as nickname; the first creates it as an open instant room with --create. Prints
"JOINED N" once all are in. Then, on stdin:
  burst K      the occupants send K groupchat messages between them, as fast as they can;
               prints "SENT K" when they are written
  quit (or end of input)
"""
import argparse, asyncio, base64, json, ssl, sys, urllib.request, uuid

STREAM = ("<?xml version='1.0'?><stream:stream to='{d}' xmlns='jabber:client' "
          "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>")


def read_env(path):
    env = {}
    with open(path) as f:
        for line in f:
            key, _, value = line.strip().partition("=")
            env[key] = value
    return env


def register(env, user, password):
    body = json.dumps({"user": user, "host": env["NATTER_TEST_DOMAIN"], "password": password})
    request = urllib.request.Request(
        f"http://{env['NATTER_TEST_HOST']}:{env['NATTER_TEST_HTTP_PORT']}/api/register",
        data=body.encode(), headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(request, timeout=30).read()
    except urllib.error.HTTPError as error:  # already registered by an earlier run
        if error.code != 409:
            raise


class Client:
    def __init__(self, env, user, password):
        self.env, self.user, self.password = env, user, password
        self.domain = env["NATTER_TEST_DOMAIN"]
        self.buffer = b""

    async def until(self, *marks):
        while not any(m in self.buffer for m in marks):
            chunk = await self.reader.read(65536)
            if not chunk:
                raise ConnectionError(f"{self.user}: stream closed")
            self.buffer += chunk
        found = min((self.buffer.find(m), m) for m in marks if m in self.buffer)
        end = found[0] + len(found[1])
        head, self.buffer = self.buffer[:end], self.buffer[end:]
        return head

    def write(self, text):
        self.writer.write(text.encode())

    async def connect(self, context):
        self.reader, self.writer = await asyncio.open_connection(
            self.env["NATTER_TEST_HOST"], int(self.env["NATTER_TEST_C2S_PORT"]))
        self.write(STREAM.format(d=self.domain))
        await self.until(b"</stream:features>")
        self.write("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
        await self.until(b"<proceed")
        await self.writer.start_tls(context, server_hostname=self.domain)
        self.buffer = b""
        self.write(STREAM.format(d=self.domain))
        await self.until(b"</stream:features>")
        token = base64.b64encode(f"\0{self.user}\0{self.password}".encode()).decode()
        self.write(f"<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>{token}</auth>")
        if b"<success" not in await self.until(b"<success", b"<failure"):
            raise ConnectionError(f"{self.user}: sign-in refused")
        self.write(STREAM.format(d=self.domain))
        await self.until(b"</stream:features>")
        self.write("<iq type='set' id='bind'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                   "<resource>crowd</resource></bind></iq>")
        await self.until(b"</iq>")

    async def enter(self, room, create):
        self.write(f"<presence to='{room}/{self.user}'><x xmlns='http://jabber.org/protocol/muc'>"
                   "<history maxstanzas='0'/></x></presence>")
        head = await self.until(b"status code='110'", b'status code="110"', b"type='error'",
                                b'type="error"')
        if b"110" not in head:
            raise ConnectionError(f"{self.user}: the room refused")
        if create:  # unlock the new room with its defaults: open, for anyone
            self.write(f"<iq type='set' id='unlock' to='{room}'><query "
                       "xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' "
                       "type='submit'/></query></iq>")
            await self.until(b"id='unlock'", b'id="unlock"')

    async def drain(self):
        while await self.reader.read(1 << 20):
            pass


async def main():
    cli = argparse.ArgumentParser()
    cli.add_argument("--env", required=True)
    cli.add_argument("--room", required=True)
    cli.add_argument("--count", type=int, required=True)
    cli.add_argument("--prefix", required=True)
    cli.add_argument("--create", action="store_true")
    args = cli.parse_args()
    env = read_env(args.env)
    context = ssl.create_default_context(cafile=env["NATTER_TEST_CERT"])
    password = "crowd-password"
    loop = asyncio.get_running_loop()
    users = [f"{args.prefix}{i}" for i in range(args.count)]
    await asyncio.gather(*(loop.run_in_executor(None, register, env, u, password) for u in users))
    clients = [Client(env, u, password) for u in users]
    limit = asyncio.Semaphore(50)  # handshakes at once: the server is on the same two cores

    drains = []

    async def start(client, create):
        async with limit:
            await client.connect(context)
            await client.enter(args.room, create)
        # Read from now on: a client that stops reading makes the server queue for it.
        drains.append(asyncio.ensure_future(client.drain()))

    await start(clients[0], args.create)
    await asyncio.gather(*(start(c, False) for c in clients[1:]))
    print(f"JOINED {len(clients)}", flush=True)

    stdin = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(stdin), sys.stdin)
    while line := (await stdin.readline()).decode().split():
        if line[0] == "burst":
            total = int(line[1])
            for i in range(total):
                sender = clients[i % len(clients)]
                sid = uuid.uuid4()
                sender.write(f"<message type='groupchat' to='{args.room}' id='{sid}'>"
                             f"<body>burst message {i}</body>"
                             f"<origin-id xmlns='urn:xmpp:sid:0' id='{sid}'/></message>")
                if i % 200 == 199:
                    await asyncio.gather(*(c.writer.drain() for c in clients))
            await asyncio.gather(*(c.writer.drain() for c in clients))
            print(f"SENT {total}", flush=True)
        elif line[0] == "quit":
            break
    for d in drains:
        d.cancel()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except (ConnectionError, OSError) as error:
        print(f"crowd: {error}", file=sys.stderr)
        sys.exit(1)
