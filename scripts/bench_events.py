#!/usr/bin/env python3
"""Scan events in: POST /api/v1/events with batches of new events over existing shipments, for a while, on
keep-alive HTTPS connections (one thread each). Prints events/s and the latency of a batch.

Every event is new (unique event_id) and moves its shipment's tracking status on (increasing occurred_at), so
each one is a change: an update of the shipment, and a shipment.status_changed notification when webhooks are
configured."""
import argparse
import datetime
import http.client
import json
import ssl
import threading
import time

STATUSES = ["picked_up", "at_sorting_center", "in_transit", "out_for_delivery", "delivery_failed"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--codes", required=True, help="file with one tracking code per line")
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--connections", type=int, default=2)
    args = parser.parse_args()
    codes = [line.strip() for line in open(args.codes) if line.strip()]
    context = ssl._create_unverified_context()
    start_time = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=2)
    counter = [0]
    lock = threading.Lock()
    latencies = []
    outcomes = {}
    errors = []
    deadline = time.monotonic() + args.seconds

    def next_batch(worker):
        events = []
        with lock:
            first = counter[0]
            counter[0] += args.batch
        for i in range(first, first + args.batch):
            code = codes[i % len(codes)]
            occurred = start_time + datetime.timedelta(milliseconds=i)
            events.append({
                "event_id": f"bench-{worker}-{i}",
                "tracking_code": code,
                "status": STATUSES[(i // len(codes)) % len(STATUSES)],
                "occurred_at": occurred.isoformat(timespec="milliseconds"),
                "location": {"city": "Arnhem", "postcode": "6825 MC", "country": "NL"},
                "description": "Scan at the sorting center",
            })
        return json.dumps({"events": events})

    def worker(number):
        connection = http.client.HTTPSConnection(args.host, args.port, context=context, timeout=60)
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {args.token}"}
        while time.monotonic() < deadline:
            body = next_batch(number)
            started = time.monotonic()
            try:
                connection.request("POST", "/api/v1/events", body=body, headers=headers)
                response = connection.getresponse()
                data = response.read()
            except Exception as error:  # noqa: BLE001 — report and stop this worker
                errors.append(repr(error))
                return
            elapsed = time.monotonic() - started
            if response.status != 200:
                errors.append(f"HTTP {response.status}: {data[:200]!r}")
                return
            results = json.loads(data)["results"]
            with lock:
                latencies.append(elapsed)
                for result in results:
                    outcomes[result["outcome"]] = outcomes.get(result["outcome"], 0) + 1

    began = time.monotonic()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(args.connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - began
    created = outcomes.get("created", 0)
    latencies.sort()

    def percentile(p):
        return latencies[min(len(latencies) - 1, int(len(latencies) * p))] * 1000 if latencies else float("nan")

    print(f"batches: {len(latencies)} of {args.batch} events on {args.connections} connections in {wall:.1f} s")
    print(f"outcomes: {outcomes}")
    print(f"events/s (created): {created / wall:.0f}")
    print(f"batch latency ms: p50 {percentile(0.5):.1f}  p99 {percentile(0.99):.1f}  max {percentile(1.0):.1f}")
    if errors:
        print(f"errors: {errors[:3]}")
        raise SystemExit(1)


if __name__ == "__main__":
    main()
