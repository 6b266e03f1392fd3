package dev.slsbench.emulator.images;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Built-in image {@code slsbench/echo}: answers {@code POST /invocations} with the request body and
 * Content-Type, and echoes {@code X-Amzn-SageMaker-Custom-Attributes} back. It answers at once, or
 * after {@code SLSBENCH_DELAY_MS} milliseconds when the model's Environment sets it, plus
 * {@code SLSBENCH_DELAY_GROWTH_MS} more for every call the container answered before (an endpoint
 * that slows down as it is used, for tests of stopping conditions). A custom
 * attribute {@code slsbench-status=NNN} makes it answer with that HTTP status instead of 200, to
 * show how SageMaker reports model errors. Harness benchmarks use it to measure the emulator itself;
 * tests use the delay to hold containers busy.
 */
public final class EchoImage {

    private static final Pattern STATUS_ATTRIBUTE = Pattern.compile("(?:^|[,;\\s])slsbench-status=(\\d{3})");

    private EchoImage() {
    }

    public static void main(String[] args) throws Exception {
        long delayMillis = ContainerHttpServer.longEnv("SLSBENCH_DELAY_MS", 0);
        long growthMillis = ContainerHttpServer.longEnv("SLSBENCH_DELAY_GROWTH_MS", 0);
        AtomicLong served = new AtomicLong();
        ContainerHttpServer.serve(args, request -> {
            long delay = delayMillis + growthMillis * served.getAndIncrement();
            if (delay > 0) {
                Thread.sleep(delay);
            }
            String contentType = request.header("content-type", "application/octet-stream");
            String customAttributes = request.headers().get("x-amzn-sagemaker-custom-attributes");
            if (customAttributes == null) {
                return ContainerHttpServer.Response.of(200, contentType, request.body());
            }
            Matcher status = STATUS_ATTRIBUTE.matcher(customAttributes);
            return new ContainerHttpServer.Response(status.find() ? Integer.parseInt(status.group(1)) : 200, contentType,
                    Map.of("X-Amzn-SageMaker-Custom-Attributes", customAttributes), request.body());
        });
    }
}
