"""Asks the slsbench emulator for one serverless endpoint more than its quota allows, with boto3.

usage: python3 boto3_quota.py ENDPOINT_URL NAME COUNT
Creates endpoints NAME-1 .. NAME-COUNT on one model and configuration and prints one JSON object
with the error code, HTTP status and message of the first refusal (empty when none was refused).
"""
import json
import sys

import boto3
from botocore.exceptions import ClientError

url, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
sagemaker = boto3.client("sagemaker", endpoint_url=url, region_name="us-east-1",
                         aws_access_key_id="dummy", aws_secret_access_key="dummy")
sagemaker.create_model(ModelName=name, PrimaryContainer={"Image": "slsbench/echo"},
                       ExecutionRoleArn="arn:aws:iam::000000000000:role/slsbench")
sagemaker.create_endpoint_config(EndpointConfigName=name, ProductionVariants=[{
    "VariantName": "AllTraffic", "ModelName": name,
    "ServerlessConfig": {"MemorySizeInMB": 1024, "MaxConcurrency": 1}}])
seen = {"created": 0}
for index in range(1, count + 1):
    try:
        sagemaker.create_endpoint(EndpointName=f"{name}-{index}", EndpointConfigName=name)
        seen["created"] += 1
    except ClientError as error:
        seen["code"] = error.response["Error"]["Code"]
        seen["status"] = error.response["ResponseMetadata"]["HTTPStatusCode"]
        seen["message"] = error.response["Error"]["Message"]
        break
print(json.dumps(seen))
