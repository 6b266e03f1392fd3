"""Drives the slsbench emulator with boto3: model, config, endpoint, invoke, CloudWatch, delete.

usage: python3 boto3_endpoint_flow.py ENDPOINT_URL NAME
Prints one JSON object with what each step saw; the calling test asserts on it.
"""
import json
import sys
import time
from datetime import datetime, timedelta, timezone

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

url, name = sys.argv[1], sys.argv[2]
settings = dict(endpoint_url=url, region_name="us-east-1", aws_access_key_id="dummy", aws_secret_access_key="dummy")
sagemaker = boto3.client("sagemaker", **settings)
runtime = boto3.client("sagemaker-runtime", config=Config(retries={"max_attempts": 1}), **settings)
cloudwatch = boto3.client("cloudwatch", **settings)
seen = {}

start = datetime.now(timezone.utc) - timedelta(minutes=1)
sagemaker.create_model(ModelName=name, PrimaryContainer={"Image": "slsbench/echo"},
                       ExecutionRoleArn="arn:aws:iam::000000000000:role/slsbench")
sagemaker.create_endpoint_config(EndpointConfigName=name, ProductionVariants=[{
    "VariantName": "AllTraffic", "ModelName": name,
    "ServerlessConfig": {"MemorySizeInMB": 1024, "MaxConcurrency": 1}}])
sagemaker.create_endpoint(EndpointName=name, EndpointConfigName=name)
deadline = time.time() + 60
while True:
    described = sagemaker.describe_endpoint(EndpointName=name)
    if described["EndpointStatus"] != "Creating" or time.time() > deadline:
        break
    time.sleep(0.05)
seen["status"] = described["EndpointStatus"]
seen["memory"] = described["ProductionVariants"][0]["CurrentServerlessConfig"]["MemorySizeInMB"]

answer = runtime.invoke_endpoint(EndpointName=name, Body=b"hello from boto3", ContentType="text/plain",
                                 CustomAttributes="from=boto3")
seen["body"] = answer["Body"].read().decode()
seen["variant"] = answer["InvokedProductionVariant"]
seen["customAttributes"] = answer.get("CustomAttributes")

try:
    runtime.invoke_endpoint(EndpointName=name + "-missing", Body=b"x")
except ClientError as error:
    seen["missingEndpointError"] = error.response["Error"]["Code"]

try:
    runtime.invoke_endpoint(EndpointName=name, Body=b"x" * (5 * 1024 * 1024))
except ClientError as error:
    seen["tooLargeError"] = error.response["Error"]["Code"]
    seen["tooLargeStatus"] = error.response["ResponseMetadata"]["HTTPStatusCode"]

try:
    sagemaker.describe_endpoint(EndpointName=name + "-missing")
except ClientError as error:
    seen["missingDescribeError"] = error.response["Error"]["Code"]

statistics = cloudwatch.get_metric_statistics(
    Namespace="AWS/SageMaker", MetricName="Invocations",
    Dimensions=[{"Name": "EndpointName", "Value": name}, {"Name": "VariantName", "Value": "AllTraffic"}],
    StartTime=start, EndTime=datetime.now(timezone.utc) + timedelta(minutes=1), Period=60, Statistics=["Sum"])
seen["invocations"] = sum(point["Sum"] for point in statistics["Datapoints"])

sagemaker.delete_endpoint(EndpointName=name)
print(json.dumps(seen))
