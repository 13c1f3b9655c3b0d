#!/usr/bin/env python3
"""Password-guessing flood against a running picqer-carrier, with customers working meanwhile.

N guessers (keep-alive HTTPS connections) spread over loopback source addresses 127.0.0.2 ... guess
passwords (half the verified account's, half random usernames); the verified account sends a shipment
every 100 ms; a never-seen account logs in once halfway. Prints attacker p99/max, verified p99 and
refusals, the new login's time and the password checks per second (every 401 is one bcrypt check).
"""
import argparse, asyncio, base64, ssl, time

def basic(user, password):
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

async def request(reader, writer, method, path, auth, body=b""):
    head = (f"{method} {path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: {auth}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    writer.write(head + body)
    await writer.drain()
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("closed")
    status = int(status_line.split()[1])
    length, close = 0, False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.decode().partition(":")
        if name.lower() == "content-length":
            length = int(value.strip())
        if name.lower() == "connection" and value.strip().lower() == "close":
            close = True
    await reader.readexactly(length)
    return status, close

def pct(values, fraction):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * fraction))] if values else 0.0

async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8443)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=400)
    parser.add_argument("--addresses", type=int, default=50)
    parser.add_argument("--verified", default="demo:demo")
    parser.add_argument("--newcomer", default="newcomer:newcomer-secret")
    parser.add_argument("--body", default="Fixtures/requests/nl-domestic.json")
    args = parser.parse_args()
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    body = open(args.body, "rb").read()
    verified_user, verified_password = args.verified.split(":", 1)
    end = time.monotonic() + args.seconds
    attacker, statuses, verified, verified_statuses, newcomer = [], {}, [], {}, {}

    async def connect(source):
        return await asyncio.open_connection("127.0.0.1", args.port, ssl=context, local_addr=(source, 0))

    async def guesser(index):
        source = f"127.0.0.{2 + index % args.addresses}"
        attempt = 0
        while time.monotonic() < end:
            try:
                reader, writer = await connect(source)
            except OSError:
                await asyncio.sleep(0.1)
                continue
            try:
                while time.monotonic() < end:
                    attempt += 1
                    user = verified_user if index % 2 == 0 else f"user{index}-{attempt}"
                    started = time.monotonic()
                    status, close = await request(reader, writer, "GET", "/picqer-integration/config-options",
                                                  basic(user, f"guess-{attempt}"))
                    attacker.append(time.monotonic() - started)
                    statuses[status] = statuses.get(status, 0) + 1
                    if status == 429:
                        await asyncio.sleep(0.05)
                    if close:
                        break
            except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
                pass
            finally:
                writer.close()

    async def customer():
        reader, writer = await connect("127.0.0.1")
        while time.monotonic() < end:
            started = time.monotonic()
            status, _ = await request(reader, writer, "POST", "/picqer-integration/shipments",
                                      basic(verified_user, verified_password), body)
            verified.append(time.monotonic() - started)
            verified_statuses[status] = verified_statuses.get(status, 0) + 1
            await asyncio.sleep(0.1)
        writer.close()

    async def new_login():
        await asyncio.sleep(args.seconds / 2)
        user, password = args.newcomer.split(":", 1)
        started = time.monotonic()
        reader, writer = await connect(f"127.0.0.{2 + args.addresses + 1}")
        status, _ = await request(reader, writer, "GET", "/picqer-integration/config-options", basic(user, password))
        newcomer["status"], newcomer["seconds"] = status, time.monotonic() - started
        writer.close()

    # The verified account logs in once before the flood (its credentials are then remembered).
    reader, writer = await connect("127.0.0.1")
    status, _ = await request(reader, writer, "GET", "/picqer-integration/config-options",
                              basic(verified_user, verified_password))
    writer.close()
    assert status == 200, f"the verified account's first login got {status}"
    started = time.monotonic()
    await asyncio.gather(*(guesser(i) for i in range(args.clients)), customer(), new_login())
    elapsed = time.monotonic() - started
    checks = statuses.get(401, 0)
    print(f"guessers: {args.clients} over {args.addresses} addresses for {elapsed:.0f} s")
    print(f"attacker answers: {len(attacker)} {dict(sorted(statuses.items()))}  "
          f"p50 {pct(attacker, 0.5)*1000:.0f} ms  p99 {pct(attacker, 0.99)*1000:.0f} ms  max {max(attacker, default=0)*1000:.0f} ms")
    print(f"verified shipments: {len(verified)} {dict(sorted(verified_statuses.items()))}  "
          f"p50 {pct(verified, 0.5)*1000:.0f} ms  p99 {pct(verified, 0.99)*1000:.0f} ms  max {max(verified, default=0)*1000:.0f} ms")
    print(f"new account's first login: status {newcomer.get('status')} in {newcomer.get('seconds', 0)*1000:.0f} ms")
    print(f"failed password checks: {checks} ({checks / elapsed:.1f}/s; budget: 10/min × {args.addresses} addresses "
          f"= {10 * args.addresses / 60:.1f}/s)")
    ok = (max(attacker, default=0) < 2 and set(verified_statuses) == {200} and newcomer.get("status") == 200
          and newcomer.get("seconds", 99) < 3)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1

if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
