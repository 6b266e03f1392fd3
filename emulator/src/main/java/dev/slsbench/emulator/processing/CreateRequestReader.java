package dev.slsbench.emulator.processing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slsbench.emulator.processing.ProcessingJobSpec.Channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks a CreateProcessingJob request against SageMaker's API model (botocore's
 * {@code sagemaker/2017-07-24/service-2.json}: name and role ARN patterns, the ProcessingInstanceType
 * enum, list and length limits) and the Processing job contract (local paths under
 * {@code /opt/ml/processing/}, distinct input and output names and paths). All violations are
 * reported at once, worded as SageMaker's ValidationException words them.
 */
final class CreateRequestReader {

    static final String LOCAL_ROOT = "/opt/ml/processing/";
    static final Pattern NAME = Pattern.compile("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
    private static final Pattern S3_URI = Pattern.compile("s3://([^/]+)/?(.*)");
    private static final Pattern ENV_KEY = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}");
    /** SageMaker's default MaxRuntimeInSeconds for a Processing job: one day. */
    private static final int DEFAULT_MAX_RUNTIME_SECONDS = 86_400;
    /** The largest MaxRuntimeInSeconds SageMaker accepts for a Processing job: five days. */
    static final int MAX_RUNTIME_SECONDS = 432_000;
    static final Set<String> INSTANCE_TYPES = instanceTypes();

    private final List<String> violations = new ArrayList<>();

    private CreateRequestReader() {
    }

    static ProcessingJobSpec read(JsonNode request) {
        return new CreateRequestReader().spec(request);
    }

    private ProcessingJobSpec spec(JsonNode request) {
        String name = text(request, "ProcessingJobName");
        if (name == null) {
            violations.add("Value null at 'processingJobName' failed to satisfy constraint: Member must not be null");
        } else if (!NAME.matcher(name).matches()) {
            violations.add("Value '" + name + "' at 'processingJobName' failed to satisfy constraint: Member must satisfy"
                    + " regular expression pattern: " + NAME.pattern());
        }
        String role = text(request, "RoleArn");
        if (role == null) {
            violations.add("Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
        } else if (role.length() < 20 || role.length() > 2048 || !ROLE_ARN.matcher(role).matches()) {
            violations.add("Value '" + role + "' at 'roleArn' failed to satisfy constraint: Member must satisfy regular"
                    + " expression pattern: " + ROLE_ARN.pattern());
        }
        JsonNode cluster = request.path("ProcessingResources").path("ClusterConfig");
        String instanceType = text(cluster, "InstanceType");
        if (cluster.isMissingNode()) {
            violations.add("Value null at 'processingResources' failed to satisfy constraint: Member must not be null");
        } else if (instanceType == null || !INSTANCE_TYPES.contains(instanceType)) {
            violations.add("Value '" + instanceType + "' at 'processingResources.clusterConfig.instanceType' failed to"
                    + " satisfy constraint: Member must satisfy enum value set: [" + INSTANCE_TYPES.size()
                    + " ProcessingInstanceType values, e.g. ml.m5.large, ml.c5.xlarge, ml.t3.medium]");
        }
        int count = cluster.path("InstanceCount").asInt(0);
        if (!cluster.isMissingNode() && (count < 1 || count > 100)) {
            violations.add("Value '" + count + "' at 'processingResources.clusterConfig.instanceCount' failed to satisfy"
                    + " constraint: Member must have value between 1 and 100");
        } else if (count > 1) {
            violations.add("The slsbench emulator runs a Processing job on one instance; InstanceCount " + count
                    + " is not supported.");
        }
        int volume = cluster.path("VolumeSizeInGB").asInt(0);
        if (!cluster.isMissingNode() && (volume < 1 || volume > 16384)) {
            violations.add("Value '" + volume + "' at 'processingResources.clusterConfig.volumeSizeInGB' failed to"
                    + " satisfy constraint: Member must have value between 1 and 16384");
        }
        JsonNode app = request.path("AppSpecification");
        String image = text(app, "ImageUri");
        if (image == null) {
            violations.add("Value null at 'appSpecification.imageUri' failed to satisfy constraint: Member must not be null");
        }
        if (app.has("ContainerEntrypoint")) {
            violations.add("The slsbench emulator runs only the command an image is mapped to when it started; it does not"
                    + " take AppSpecification.ContainerEntrypoint (put the arguments in ContainerArguments).");
        }
        List<String> arguments = new ArrayList<>();
        app.path("ContainerArguments").forEach(argument -> arguments.add(argument.asText()));
        if (arguments.size() > 100 || arguments.stream().anyMatch(argument -> argument.length() > 256)) {
            violations.add("Value at 'appSpecification.containerArguments' failed to satisfy constraint: at most 100"
                    + " arguments of at most 256 characters each");
        }
        Map<String, String> environment = new LinkedHashMap<>();
        request.path("Environment").properties().forEach(entry -> {
            if (!ENV_KEY.matcher(entry.getKey()).matches() || entry.getKey().length() > 256
                    || entry.getValue().asText().length() > 256) {
                violations.add("Environment entry '" + entry.getKey() + "' failed to satisfy constraint: keys match "
                        + ENV_KEY.pattern() + ", keys and values at most 256 characters");
            }
            environment.put(entry.getKey(), entry.getValue().asText());
        });
        if (environment.size() > 100) {
            violations.add("Value at 'environment' failed to satisfy constraint: Member must have length less than or equal to 100");
        }
        int maxRuntime = DEFAULT_MAX_RUNTIME_SECONDS;
        JsonNode stopping = request.path("StoppingCondition").path("MaxRuntimeInSeconds");
        if (!stopping.isMissingNode()) {
            maxRuntime = stopping.asInt(0);
            if (!stopping.canConvertToInt() || maxRuntime < 1 || maxRuntime > MAX_RUNTIME_SECONDS) {
                violations.add("Value '" + stopping.asText() + "' at 'stoppingCondition.maxRuntimeInSeconds' failed to"
                        + " satisfy constraint: Member must have value between 1 and " + MAX_RUNTIME_SECONDS);
            }
        }
        List<Channel> inputs = channels(request.path("ProcessingInputs"), "processingInputs", "InputName", "S3Input");
        List<Channel> outputs = channels(request.path("ProcessingOutputConfig").path("Outputs"),
                "processingOutputConfig.outputs", "OutputName", "S3Output");
        Set<String> paths = new HashSet<>();
        for (Channel channel : concat(inputs, outputs)) {
            if (channel.localPath() != null && !paths.add(channel.localPath())) {
                violations.add("LocalPath " + channel.localPath() + " is used by more than one input or output.");
            }
        }
        if (!violations.isEmpty()) {
            throw ProcessingException.validation(violations.size() + " validation error" + (violations.size() == 1 ? "" : "s")
                    + " detected: " + String.join("; ", violations));
        }
        return new ProcessingJobSpec(name, role, instanceType, image, List.copyOf(arguments), Map.copyOf(environment),
                inputs, outputs, maxRuntime);
    }

    private List<Channel> channels(JsonNode list, String member, String nameMember, String s3Member) {
        List<Channel> channels = new ArrayList<>();
        if (list.size() > 10) {
            violations.add("Value at '" + member + "' failed to satisfy constraint: Member must have length less than or"
                    + " equal to 10");
        }
        Set<String> names = new HashSet<>();
        for (JsonNode item : list) {
            String name = text(item, nameMember);
            String where = member + "." + name;
            if (name == null || !CHANNEL_NAME.matcher(name).matches()) {
                violations.add("Value '" + name + "' at '" + member + "." + nameMember + "' failed to satisfy constraint:"
                        + " Member must satisfy regular expression pattern: " + CHANNEL_NAME.pattern());
            } else if (!names.add(name)) {
                violations.add("The name " + name + " is used by more than one entry of " + member + ".");
            }
            JsonNode s3 = item.path(s3Member);
            if (s3.isMissingNode()) {
                violations.add(where + ": the slsbench emulator needs " + s3Member + " (dataset definitions and feature"
                        + " store outputs are not emulated).");
                continue;
            }
            String uri = text(s3, "S3Uri");
            Matcher matcher = uri == null ? null : S3_URI.matcher(uri);
            if (matcher == null || !matcher.matches() || uri.length() > 1024) {
                violations.add("Value '" + uri + "' at '" + where + ".s3Uri' failed to satisfy constraint: Member must"
                        + " satisfy regular expression pattern: (https|s3)://([^/]+)/?(.*) (the emulator takes s3:// URIs)");
            }
            String localPath = text(s3, "LocalPath");
            if (localPath == null || !localPath.startsWith(LOCAL_ROOT) || localPath.length() == LOCAL_ROOT.length()
                    || localPath.length() > 256 || localPath.contains("/../") || localPath.endsWith("/..")) {
                violations.add("LocalPath '" + localPath + "' of " + where + " must be a path under " + LOCAL_ROOT);
            }
            if ("S3Input".equals(s3Member)) {
                checkEnum(s3, "S3DataType", where, Set.of("S3Prefix"), "S3Prefix (ManifestFile is not emulated)");
                checkEnum(s3, "S3InputMode", where, Set.of("File"), "File (Pipe mode is not emulated)");
            } else {
                String mode = text(s3, "S3UploadMode");
                if (mode == null || !Set.of("EndOfJob", "Continuous").contains(mode)) {
                    violations.add("Value '" + mode + "' at '" + where + ".s3UploadMode' failed to satisfy constraint:"
                            + " Member must satisfy enum value set: [Continuous, EndOfJob]");
                }
            }
            if (matcher != null && matcher.matches()) {
                channels.add(new Channel(name, uri, matcher.group(1), matcher.group(2), localPath));
            }
        }
        return List.copyOf(channels);
    }

    private void checkEnum(JsonNode s3, String member, String where, Set<String> allowed, String wording) {
        String value = text(s3, member);
        if (value == null || !allowed.contains(value)) {
            violations.add("Value '" + value + "' at '" + where + "." + member + "' must be " + wording);
        }
    }

    private static List<Channel> concat(List<Channel> first, List<Channel> second) {
        List<Channel> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.path(member);
        return value.isTextual() ? value.asText() : null;
    }

    private static Set<String> instanceTypes() {
        try (InputStream in = CreateRequestReader.class.getResourceAsStream("instance-types.txt")) {
            if (in == null) {
                throw new IllegalStateException("instance-types.txt is missing from the emulator's resources");
            }
            Set<String> types = new java.util.LinkedHashSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(types::add);
            return Set.copyOf(types);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
