"""Describes (and optionally lists) a Processing job on the slsbench emulator with boto3.

usage: python3 boto3_processing_job.py ENDPOINT_URL JOB_NAME
Prints one JSON object: the job's status, failure reason and output S3 URIs from
describe_processing_job, and the names list_processing_jobs returns.
"""
import json
import sys

import boto3

url, name = sys.argv[1], sys.argv[2]
sagemaker = boto3.client("sagemaker", endpoint_url=url, region_name="us-east-1",
                         aws_access_key_id="dummy", aws_secret_access_key="dummy")
job = sagemaker.describe_processing_job(ProcessingJobName=name)
listed = sagemaker.list_processing_jobs(NameContains=name)["ProcessingJobSummaries"]
print(json.dumps({
    "status": job["ProcessingJobStatus"],
    "failureReason": job.get("FailureReason", ""),
    "outputs": [output["S3Output"]["S3Uri"] for output in job["ProcessingOutputConfig"]["Outputs"]],
    "ended": "ProcessingEndTime" in job,
    "listed": [summary["ProcessingJobName"] for summary in listed],
}))
