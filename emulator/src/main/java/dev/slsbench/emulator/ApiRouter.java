package dev.slsbench.emulator;

import dev.slsbench.emulator.cloudwatch.CloudWatchApi;
import dev.slsbench.emulator.controlplane.SageMakerControlPlane;
import dev.slsbench.emulator.http.ApiHandler;
import dev.slsbench.emulator.http.ApiRequest;
import dev.slsbench.emulator.http.ApiResponse;
import dev.slsbench.emulator.http.RequestIds;
import dev.slsbench.emulator.pricing.PriceListApi;
import dev.slsbench.emulator.processing.ProcessingJobApi;
import dev.slsbench.emulator.s3.S3Api;
import dev.slsbench.emulator.runtime.InvocationApi;

import java.util.Optional;

/**
 * Sends each request on the emulator's one port to the API it belongs to: S3 by its SigV4 scope (see
 * {@link S3Api#accepts}), Processing jobs, the rest of the SageMaker control plane and the Price List
 * API by their {@code X-Amz-Target}, InvokeEndpoint by its path, CloudWatch by whatever protocol
 * the client speaks. Anything else gets the error a JSON-protocol client expects for an operation
 * the service does not know.
 */
final class ApiRouter implements ApiHandler {

    private final InvocationApi runtime;
    private final SageMakerControlPlane controlPlane;
    private final CloudWatchApi cloudWatch;
    private final S3Api s3;
    private final ProcessingJobApi processing;
    private final PriceListApi priceList;

    ApiRouter(InvocationApi runtime, SageMakerControlPlane controlPlane, CloudWatchApi cloudWatch, S3Api s3,
            ProcessingJobApi processing, PriceListApi priceList) {
        this.priceList = priceList;
        this.runtime = runtime;
        this.controlPlane = controlPlane;
        this.cloudWatch = cloudWatch;
        this.s3 = s3;
        this.processing = processing;
    }

    @Override
    public ApiResponse handle(ApiRequest request, long receivedNanos) {
        if (S3Api.accepts(request)) {
            return s3.handle(request);
        }
        if (ProcessingJobApi.accepts(request)) {
            return processing.handle(request);
        }
        if (InvocationApi.accepts(request)) {
            return runtime.handle(request, receivedNanos);
        }
        if (SageMakerControlPlane.accepts(request)) {
            return controlPlane.handle(request);
        }
        if (CloudWatchApi.accepts(request)) {
            return cloudWatch.handle(request);
        }
        if (PriceListApi.accepts(request)) {
            return priceList.handle(request);
        }
        Optional<String> target = request.header("x-amz-target");
        if (target.isPresent()) {
            return SageMakerControlPlane.unknownOperation(target.get());
        }
        return ApiResponse.of(404, "application/json", "{\"__type\":\"UnknownOperationException\",\"message\":\"No SageMaker,"
                        + " SageMaker runtime or CloudWatch operation matches " + request.method() + " "
                        + request.path().replace("\"", "") + "\"}")
                .withHeader("x-amzn-ErrorType", "UnknownOperationException")
                .withHeader("x-amzn-RequestId", RequestIds.next());
    }
}
