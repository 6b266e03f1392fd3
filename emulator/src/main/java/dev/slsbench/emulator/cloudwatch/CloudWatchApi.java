package dev.slsbench.emulator.cloudwatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.emulator.http.ApiRequest;
import dev.slsbench.emulator.http.ApiResponse;
import dev.slsbench.emulator.metrics.QueryableMetricStore;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The emulator's CloudWatch API: GetMetricStatistics, GetMetricData and ListMetrics over a
 * {@link QueryableMetricStore}, in each protocol that CloudWatch clients use today, chosen per
 * request: awsQuery (AWS SDK for Java v2, AWS CLI v2.9, older botocore), Smithy RPC v2 CBOR
 * (recent botocore) and AWS JSON 1.0. Errors carry CloudWatch's codes and statuses in the
 * request's own protocol.
 */
public final class CloudWatchApi {

    private static final Logger LOG = Logger.getLogger(CloudWatchApi.class.getName());
    private static final WireProtocol QUERY = new QueryProtocol();
    private static final WireProtocol JSON = new JsonProtocol();
    private static final WireProtocol CBOR = new CborProtocol();

    private final Map<String, Function<RequestFields, ObjectNode>> operations;

    public CloudWatchApi(QueryableMetricStore store) {
        Objects.requireNonNull(store, "store");
        this.operations = Map.of(
                "GetMetricStatistics", new GetMetricStatisticsOperation(store)::run,
                "GetMetricData", new GetMetricDataOperation(store)::run,
                "ListMetrics", new ListMetricsOperation(store)::run);
    }

    /** Whether {@code request} is addressed to CloudWatch in any of the supported protocols. */
    public static boolean accepts(ApiRequest request) {
        return CborProtocol.recognises(request) || JsonProtocol.recognises(request) || QueryProtocol.recognises(request);
    }

    /** Answers a request that {@link #accepts(ApiRequest)}; never throws. */
    public ApiResponse handle(ApiRequest request) {
        String requestId = UUID.randomUUID().toString();
        WireProtocol protocol = protocolFor(request);
        try {
            WireProtocol.Call call = protocol.decode(request);
            Function<RequestFields, ObjectNode> operation = operations.get(call.operation());
            if (operation == null) {
                throw CloudWatchError.unknownOperation(call.operation());
            }
            return protocol.encode(call.operation(), operation.apply(call.input()), requestId);
        } catch (CloudWatchError error) {
            return protocol.encodeError(error, requestId);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "CloudWatch request " + requestId + " failed", unexpected);
            return protocol.encodeError(CloudWatchError.internalFault("Internal failure: " + unexpected), requestId);
        }
    }

    private static WireProtocol protocolFor(ApiRequest request) {
        if (CborProtocol.recognises(request)) {
            return CBOR;
        }
        if (JsonProtocol.recognises(request)) {
            return JSON;
        }
        return QUERY;
    }
}
