"""Drives the emulator's CloudWatch API with boto3 and prints what came back as one JSON object.

Usage: python3 boto3_cloudwatch.py ENDPOINT_URL START_EPOCH_SECONDS END_EPOCH_SECONDS [PROTOCOL]
Expects ModelLatency and Invocations for EndpointName=churn, VariantName=AllTraffic in AWS/SageMaker.

botocore picks the first protocol it supports from the model's "protocols" list (json before
smithy-rpc-v2-cbor before query). PROTOCOL, when given, makes it use that one instead: the script
loads botocore's own CloudWatch model, keeps only PROTOCOL in the list and hands the copy to a
fresh session, so the request and response are still botocore's own serializer and parser.
"""
import datetime
import json
import os
import shutil
import sys
import tempfile

import boto3
import botocore
import botocore.session

endpoint, start_epoch, end_epoch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
forced_protocol = sys.argv[4] if len(sys.argv) > 4 else None
start = datetime.datetime.fromtimestamp(start_epoch, datetime.timezone.utc)
end = datetime.datetime.fromtimestamp(end_epoch, datetime.timezone.utc)


def session_speaking(protocol):
    model = botocore.session.get_session().get_component("data_loader").load_service_model(
        "cloudwatch", "service-2")
    model["metadata"]["protocol"] = protocol
    model["metadata"]["protocols"] = [protocol]
    data_path = tempfile.mkdtemp(prefix="slsbench-botocore-")
    model_dir = os.path.join(data_path, "cloudwatch", model["metadata"]["apiVersion"])
    os.makedirs(model_dir)
    with open(os.path.join(model_dir, "service-2.json"), "w") as file:
        json.dump(model, file)
    session = botocore.session.get_session()
    session.get_component("data_loader").search_paths.insert(0, data_path)
    return boto3.Session(botocore_session=session), data_path


boto_session, data_path = session_speaking(forced_protocol) if forced_protocol else (boto3.Session(), None)
client = boto_session.client(
    "cloudwatch",
    endpoint_url=endpoint,
    region_name="us-east-1",
    aws_access_key_id="dummy",
    aws_secret_access_key="dummy",
)
dimensions = [
    {"Name": "EndpointName", "Value": "churn"},
    {"Name": "VariantName", "Value": "AllTraffic"},
]


def datapoints(response):
    return [
        {
            "Timestamp": point["Timestamp"].timestamp(),
            **{k: v for k, v in point.items() if k != "Timestamp"},
        }
        for point in response["Datapoints"]
    ]


basic = client.get_metric_statistics(
    Namespace="AWS/SageMaker", MetricName="ModelLatency", Dimensions=dimensions,
    StartTime=start, EndTime=end, Period=60,
    Statistics=["SampleCount", "Average", "Sum", "Minimum", "Maximum"],
)
extended = client.get_metric_statistics(
    Namespace="AWS/SageMaker", MetricName="ModelLatency", Dimensions=dimensions,
    StartTime=start, EndTime=end, Period=60, ExtendedStatistics=["p50", "p99"],
)
# Both kinds in one request, as sm-serverless-benchmarking's endpoint.py asks.
both = client.get_metric_statistics(
    Namespace="AWS/SageMaker", MetricName="ModelLatency", Dimensions=dimensions,
    StartTime=start, EndTime=end, Period=60,
    Statistics=["Average", "Minimum", "Maximum"], ExtendedStatistics=["p25", "p50", "p75"],
)
metric_data = client.get_metric_data(
    MetricDataQueries=[{
        "Id": "invocations",
        "MetricStat": {
            "Metric": {"Namespace": "AWS/SageMaker", "MetricName": "Invocations", "Dimensions": dimensions},
            "Period": 60,
            "Stat": "Sum",
        },
    }],
    StartTime=start, EndTime=end, ScanBy="TimestampAscending",
)
listed = client.list_metrics(Namespace="AWS/SageMaker")
try:
    client.get_metric_statistics(
        Namespace="AWS/SageMaker", MetricName="ModelLatency", StartTime=start, EndTime=end,
        Period=61, Statistics=["Average"],
    )
    error = None
except client.exceptions.InvalidParameterValueException as e:
    error = {
        "Class": type(e).__name__,
        "Code": e.response["Error"]["Code"],
        "Message": e.response["Error"]["Message"],
        "Status": e.response["ResponseMetadata"]["HTTPStatusCode"],
    }

print(json.dumps({
    "botocore": botocore.__version__,
    "protocol": client.meta.service_model.resolved_protocol
    if hasattr(client.meta.service_model, "resolved_protocol") else client.meta.service_model.protocol,
    "basic": datapoints(basic),
    "extended": datapoints(extended),
    "both": datapoints(both),
    "metricData": [
        {
            "Id": result["Id"],
            "Label": result["Label"],
            "StatusCode": result["StatusCode"],
            "Timestamps": [t.timestamp() for t in result["Timestamps"]],
            "Values": result["Values"],
        }
        for result in metric_data["MetricDataResults"]
    ],
    "metrics": [metric["MetricName"] for metric in listed["Metrics"]],
    "error": error,
}))

if data_path:
    shutil.rmtree(data_path)
