#!/usr/bin/env python3
"""Open-loop load: sends requests (POSTs with --body, or GETs) at a fixed rate over keep-alive HTTPS
connections and prints latency percentiles. Requests are scheduled by the clock, not by the previous answer, so a
slow server shows up as latency instead of as a lower rate."""
import argparse, base64, http.client, ssl, threading, time, queue, urllib.parse

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True)
    p.add_argument("--body")
    p.add_argument("--user")
    p.add_argument("--method", default=None, help="POST when --body is given, else GET")
    p.add_argument("--header", action="append", default=[], help="extra 'Name: value' header")
    p.add_argument("--rate", type=float, default=100)
    p.add_argument("--seconds", type=float, default=30)
    p.add_argument("--workers", type=int, default=16)
    a = p.parse_args()
    url = urllib.parse.urlparse(a.url)
    body = open(a.body, "rb").read() if a.body else None
    method = a.method or ("POST" if body is not None else "GET")
    headers = {}
    if body is not None:
        headers["Content-Type"] = "application/json"
    if a.user:
        headers["Authorization"] = "Basic " + base64.b64encode(a.user.encode()).decode()
    for h in a.header:
        name, _, value = h.partition(":")
        headers[name.strip()] = value.strip()
    target = url.path + ("?" + url.query if url.query else "")
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    jobs, latencies, statuses, lock = queue.Queue(), [], {}, threading.Lock()

    def worker():
        conn = http.client.HTTPSConnection(url.hostname, url.port, context=context, timeout=30)
        while True:
            due = jobs.get()
            if due is None:
                return
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            try:
                conn.request(method, target, body=body, headers=headers)
                resp = conn.getresponse(); resp.read(); status = resp.status
            except Exception:
                conn.close(); conn = http.client.HTTPSConnection(url.hostname, url.port, context=context, timeout=30)
                status = "error"
            # latency from the scheduled time: includes any wait for a free worker
            took = time.perf_counter() - due
            with lock:
                latencies.append(took); statuses[status] = statuses.get(status, 0) + 1

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(a.workers)]
    for t in threads: t.start()
    start = time.perf_counter() + 0.5
    total = int(a.rate * a.seconds)
    for i in range(total):
        jobs.put(start + i / a.rate)
    for _ in threads: jobs.put(None)
    for t in threads: t.join()
    elapsed = time.perf_counter() - start
    latencies.sort()
    pct = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
    print(f"sent {total} in {elapsed:.1f}s ({total/elapsed:.1f}/s), statuses {statuses}")
    print(f"latency p50 {pct(0.50):.1f} ms, p90 {pct(0.90):.1f} ms, p99 {pct(0.99):.1f} ms, max {latencies[-1]*1000:.1f} ms")

if __name__ == "__main__":
    main()
