package dev.slsbench.emulator.images;

import java.util.Map;

/**
 * Built-in image {@code slsbench/echo}: answers {@code POST /invocations} with the request body and
 * Content-Type, and echoes {@code X-Amzn-SageMaker-Custom-Attributes} back. It answers at once, or
 * after {@code SLSBENCH_DELAY_MS} milliseconds when the model's Environment sets it. Harness
 * benchmarks use it to measure the emulator itself; tests use the delay to hold containers busy.
 */
public final class EchoImage {

    private EchoImage() {
    }

    public static void main(String[] args) throws Exception {
        long delayMillis = ContainerHttpServer.longEnv("SLSBENCH_DELAY_MS", 0);
        ContainerHttpServer.serve(args, request -> {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            String contentType = request.header("content-type", "application/octet-stream");
            String customAttributes = request.headers().get("x-amzn-sagemaker-custom-attributes");
            Map<String, String> headers = customAttributes == null
                    ? Map.of()
                    : Map.of("X-Amzn-SageMaker-Custom-Attributes", customAttributes);
            return new ContainerHttpServer.Response(200, contentType, headers, request.body());
        });
    }
}
