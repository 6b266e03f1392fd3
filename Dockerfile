# The slsbench container image for `slsbench job` (SageMaker Processing jobs).
# Build the shaded CLI jar first, then the image:
#   mvn -B -ntp -pl cli -am package -DskipTests
#   docker build -t slsbench .
# Processing job contract: SageMaker runs the image's entry point with the job's
# AppSpecification.ContainerArguments appended (`run MODEL /opt/ml/processing/input/payloads/...
# --plan /opt/ml/processing/input/plan/plan.json --output /opt/ml/processing/output/results`),
# having copied the inputs to /opt/ml/processing/input/ first; it uploads
# /opt/ml/processing/output/results when the container exits.
FROM eclipse-temurin:21-jre
COPY cli/target/slsbench.jar /opt/slsbench/slsbench.jar
WORKDIR /opt/ml/processing
ENTRYPOINT ["java", "-jar", "/opt/slsbench/slsbench.jar"]
