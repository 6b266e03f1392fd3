"""Runs the unmodified Python toolkit (sm-serverless-benchmarking) against the slsbench emulator.

Usage: python toolkit_parity.py EMULATOR_URL WORK_DIR MODEL DELAY_MS

Called by .ci/toolkit-parity inside the virtualenv that holds the toolkit. Everything that points
the toolkit at the emulator is configuration: AWS_ENDPOINT_URL (set by the caller) makes every boto3
client the toolkit creates talk to the emulator, and dummy credentials and a region come from the
environment. The toolkit's own code is imported and called as a user would call it.

Creates MODEL (image slsbench/echo answering after DELAY_MS ms) unless it exists, writes the
payload file with the toolkit's convert_invoke_args_to_jsonl, runs run_serverless_benchmarks with
two memory sizes and two MaxConcurrency values, checks that the report and the toolkit's CSVs are
there, and prints the toolkit's median latency per memory size as one JSON object on the last line.
"""
import csv
import json
import os
import sys
from pathlib import Path

import boto3
from sm_serverless_benchmarking.benchmark import run_serverless_benchmarks
from sm_serverless_benchmarking.utils import convert_invoke_args_to_jsonl

emulator_url, work_dir, model, delay_ms = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4]
assert os.environ.get("AWS_ENDPOINT_URL") == emulator_url, "AWS_ENDPOINT_URL must name the emulator"

sagemaker = boto3.client("sagemaker")
if not any(m["ModelName"] == model for m in sagemaker.list_models(NameContains=model)["Models"]):
    sagemaker.create_model(
        ModelName=model,
        PrimaryContainer={"Image": "slsbench/echo", "Environment": {"SLSBENCH_DELAY_MS": delay_ms}},
        ExecutionRoleArn="arn:aws:iam::000000000000:role/slsbench-parity",
    )

work_dir.mkdir(parents=True, exist_ok=True)
payloads = convert_invoke_args_to_jsonl(
    [
        {"Body": "1,2,3,4,5", "ContentType": "text/csv"},
        {"Body": json.dumps({"inputs": "parity"}), "ContentType": "application/json"},
    ],
    output_path=str(work_dir),
)
results = work_dir / "toolkit-results"
report = run_serverless_benchmarks(
    model,
    payloads,
    memory_sizes=[1024, 2048],
    stability_benchmark_invocations=int(os.environ.get("PARITY_STABILITY_INVOCATIONS", "20")),
    include_concurrency_benchmark=True,
    concurrency_benchmark_max_conc=[2, 4],
    concurrency_benchmark_invocations=int(os.environ.get("PARITY_CONCURRENCY_INVOCATIONS", "16")),
    concurrency_num_clients_multiplier=[1, 2],
    result_save_path=str(results),
)

expected = [
    "stability_benchmark_raw_results/invocation_benchmark_results.csv",
    "stability_benchmark_summary_results/invocation_benchmark_summary.csv",
    "stability_benchmark_summary_results/endpoint_metrics_summary.csv",
    "cost_analysis_summary_results/metrics_with_cost.csv",
    "concurrency_benchmark_raw_results/invocation_benchmark_results.csv",
    "concurrency_benchmark_summary_results/concurrency_benchmark_summary.csv",
    "benchmarking_report/benchmarking_report.html",
]
missing = [name for name in expected if not (results / name).is_file()]
if missing or not report:
    sys.exit(f"toolkit run incomplete: missing {missing}, report {'present' if report else 'empty'}")

medians = {}
with (results / "stability_benchmark_summary_results/invocation_benchmark_summary.csv").open() as file:
    for row in csv.DictReader(file):
        medians[int(float(row["memory_size"]))] = float(row["invocation_latency_median"])
if sorted(medians) != [1024, 2048]:
    sys.exit(f"toolkit summary lacks a memory size: {medians}")
print(json.dumps({"medians": medians, "results": str(results)}))
