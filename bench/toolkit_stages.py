"""Splits the Python toolkit's wall time on bench/run's small plan into stages.

Usage: python toolkit_stages.py START_MS END_MS TOOLKIT_LOG EMULATOR_LOG RESULTS_DIR

Reads only what the unmodified toolkit leaves behind: its printed lines and the emulator's log
(each line prefixed by bench/run with the epoch milliseconds it arrived at), the modification
times of the files it writes, and the latencies in its raw CSVs. Prints one line per stage.
"""
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

start, end = int(sys.argv[1]), int(sys.argv[2])
toolkit_log, emulator_log, results = Path(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5])


def stamped(path):
    for line in path.read_text().splitlines():
        stamp, _, text = line.partition(" ")
        if stamp.isdigit():
            yield int(stamp), text


def written(name):
    return int((results / name).stat().st_mtime * 1000)


# Endpoint lifecycle from the emulator: the stability endpoints are those created before the first deletion.
created, first_deletion = [], None
for stamp, text in stamped(emulator_log):
    match = re.search(r"endpoint (\S+): Creating", text)
    if match:
        created.append((stamp, match.group(1), first_deletion is None))
    elif first_deletion is None and re.search(r"endpoint \S+: Deleting", text):
        first_deletion = stamp
stability_endpoints = {name for _, name, stability in created if stability}

# The toolkit prints "Waiting for endpoint E to start..." before boto3's endpoint_in_service waiter
# and "Endpoint E Status: ..." after it.
waiting, in_service = {}, {}
for stamp, text in stamped(toolkit_log):
    match = re.match(r"Waiting for endpoint (\S+) to start", text)
    if match:
        waiting[match.group(1)] = stamp
    match = re.match(r"Endpoint (\S+) Status:", text)
    if match:
        in_service[match.group(1)] = stamp
stability_ready = max(t for e, t in in_service.items() if e in stability_endpoints)
concurrency_ready = max(t for e, t in in_service.items() if e not in stability_endpoints)
longest_wait = max(in_service[e] - waiting[e] for e in in_service if e in waiting)

stability_calls_done = written("stability_benchmark_raw_results/invocation_benchmark_results.csv")
stability_done = written("cost_analysis_summary_results/cost_vs_performance.png")
concurrency_calls_done = written("concurrency_benchmark_raw_results/invocation_benchmark_results.csv")
report_done = written("benchmarking_report/benchmarking_report.html")


def latencies(name, key):
    """Milliseconds spent inside successful InvokeEndpoint calls, summed per key of a raw CSV row."""
    sums = defaultdict(float)
    with (results / name).open() as file:
        for row in csv.DictReader(file):
            if float(row["invocation_latency"]) >= 0:
                sums[key(row)] += float(row["invocation_latency"])
    return sums


# Stability: one sequential client per endpoint, endpoints in parallel: the busiest endpoint's sum.
stability_in_calls = max(latencies("stability_benchmark_raw_results/invocation_benchmark_results.csv",
                                   lambda row: row["memory_size"]).values())
# Concurrency: each configuration's sum spread over its clients; client multipliers run one after another.
per_client = latencies("concurrency_benchmark_raw_results/invocation_benchmark_results.csv",
                       lambda row: (float(row["max_concurrency"]), float(row["num_clients"])))
rounds = defaultdict(float)
for (max_concurrency, clients), total in per_client.items():
    multiplier = round(clients / max_concurrency, 2)
    rounds[multiplier] = max(rounds[multiplier], total / clients)
concurrency_in_calls = sum(rounds.values())


def stage(name, millis):
    print("  %-70s %6.2f s" % (name, millis / 1000))


stage("Python start, imports (pandas, seaborn, matplotlib, boto3), model", created[0][0] - start)
stage("stability: deploy (2 s sleep per endpoint, 2 s before the waiter)", stability_ready - created[0][0])
stage("stability: calls, CloudWatch queries", stability_calls_done - stability_ready)
stage("  of which inside InvokeEndpoint (busiest endpoint)", stability_in_calls)
stage("stability: summaries, cost analysis, charts (pandas, seaborn)", stability_done - stability_calls_done)
stage("concurrency: endpoint deletion, deploy (2 s sleeps as above)", concurrency_ready - stability_done)
stage("concurrency: calls, CloudWatch queries", concurrency_calls_done - concurrency_ready)
stage("  of which inside InvokeEndpoint (per client)", concurrency_in_calls)
stage("concurrency: summaries, charts, endpoint deletion, HTML report", report_done - concurrency_calls_done)
stage("exit", end - report_done)
print("  the rest of each calls stage: the toolkit's 0-1 s sleep before every call and, between client")
print("  multipliers, its 5 s polls; boto3's endpoint_in_service waiter (polls every 30 s) waited at most %.2f s"
      % (longest_wait / 1000))
