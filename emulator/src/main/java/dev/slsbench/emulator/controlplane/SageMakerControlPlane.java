package dev.slsbench.emulator.controlplane;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.emulator.container.ImageCatalog;
import dev.slsbench.emulator.fault.FaultInjector;
import dev.slsbench.emulator.http.ApiRequest;
import dev.slsbench.emulator.http.ApiResponse;
import dev.slsbench.emulator.http.RequestIds;
import dev.slsbench.emulator.runtime.EndpointFleets;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The SageMaker control plane over the AWS JSON 1.1 protocol: {@code POST /} with
 * {@code X-Amz-Target: SageMaker.<Operation>}, a JSON body, and JSON answers; errors as
 * {@code {"__type": "...", "message": "..."}} with status 400 and the type repeated in
 * {@code x-amzn-ErrorType}, as SageMaker sends them. Serves the model, endpoint configuration,
 * endpoint and tag operations a serverless benchmark needs; any other operation is an
 * UnknownOperationException. In fault mode a call may be answered with ThrottlingException before
 * it is served, as SageMaker throttles control-plane calls.
 */
public final class SageMakerControlPlane implements AutoCloseable {

    /** The {@code X-Amz-Target} prefix of SageMaker's operations. */
    public static final String TARGET_PREFIX = "SageMaker.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final Logger LOG = Logger.getLogger(SageMakerControlPlane.class.getName());

    private final EndpointDeployer deployer;
    private final Map<String, Function<JsonRequest, ObjectNode>> operations;
    private final FaultInjector faults;

    public SageMakerControlPlane(EndpointFleets fleets, ImageCatalog images, Duration creationDelay, AccountQuotas quotas,
            FaultInjector faults) {
        this.faults = faults;
        ControlPlaneState state = new ControlPlaneState(quotas);
        this.deployer = new EndpointDeployer(state, fleets, images, creationDelay);
        ModelOperations models = new ModelOperations(state);
        EndpointConfigOperations configs = new EndpointConfigOperations(state);
        EndpointOperations endpoints = new EndpointOperations(state, deployer);
        TagOperations tags = new TagOperations(state);
        this.operations = Map.ofEntries(
                Map.entry("CreateModel", models::createModel),
                Map.entry("DescribeModel", models::describeModel),
                Map.entry("DeleteModel", models::deleteModel),
                Map.entry("ListModels", models::listModels),
                Map.entry("CreateEndpointConfig", configs::createEndpointConfig),
                Map.entry("DescribeEndpointConfig", configs::describeEndpointConfig),
                Map.entry("DeleteEndpointConfig", configs::deleteEndpointConfig),
                Map.entry("ListEndpointConfigs", configs::listEndpointConfigs),
                Map.entry("CreateEndpoint", endpoints::createEndpoint),
                Map.entry("DescribeEndpoint", endpoints::describeEndpoint),
                Map.entry("UpdateEndpoint", endpoints::updateEndpoint),
                Map.entry("DeleteEndpoint", endpoints::deleteEndpoint),
                Map.entry("ListEndpoints", endpoints::listEndpoints),
                Map.entry("AddTags", tags::addTags),
                Map.entry("ListTags", tags::listTags),
                Map.entry("DeleteTags", tags::deleteTags));
    }

    /** Whether a request is a SageMaker control-plane call. */
    public static boolean accepts(ApiRequest request) {
        return request.header("x-amz-target").map(target -> target.startsWith(TARGET_PREFIX)).orElse(false);
    }

    public ApiResponse handle(ApiRequest request) {
        String target = request.header("x-amz-target").orElse("");
        try {
            Function<JsonRequest, ObjectNode> operation = target.startsWith(TARGET_PREFIX)
                    ? operations.get(target.substring(TARGET_PREFIX.length())) : null;
            if (operation == null || !"POST".equals(request.method())) {
                throw ControlPlaneException.unknownOperation(target);
            }
            if (faults.throttleControlPlane(target)) {
                // SageMaker's JSON 1.1 protocol answers throttling with status 400 and this __type, which the
                // AWS SDKs' retry policies classify as throttling (AwsErrorCode.THROTTLING_ERROR_CODES, botocore's
                // _retry.json), not with 429.
                throw ControlPlaneException.throttling("Rate exceeded");
            }
            ObjectNode output = operation.apply(JsonRequest.parse(request.body()));
            return response(200, output);
        } catch (ControlPlaneException e) {
            return error(e.type(), e.status(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "control-plane call " + target + " failed", e);
            return error("InternalFailure", 500, "The emulator failed: " + e);
        }
    }

    /** The answer to an {@code X-Amz-Target} that names no known service. */
    public static ApiResponse unknownOperation(String target) {
        ControlPlaneException unknown = ControlPlaneException.unknownOperation(target);
        return error(unknown.type(), unknown.status(), unknown.getMessage());
    }

    private static ApiResponse error(String type, int status, String message) {
        ObjectNode body = Json.object().put("__type", type).put("message", message);
        return response(status, body).withHeader("x-amzn-ErrorType", type);
    }

    private static ApiResponse response(int status, ObjectNode body) {
        byte[] bytes;
        try {
            bytes = Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            bytes = "{}".getBytes(StandardCharsets.UTF_8);
        }
        return ApiResponse.of(status, CONTENT_TYPE, bytes).withHeader("x-amzn-RequestId", RequestIds.next());
    }

    /** Stops deployments in progress. */
    @Override
    public void close() {
        deployer.close();
    }
}
