package dev.slsbench.emulator.processing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.emulator.http.ApiRequest;
import dev.slsbench.emulator.http.ApiResponse;
import dev.slsbench.emulator.http.RequestIds;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * SageMaker's Processing-job operations over the AWS JSON 1.1 protocol ({@code X-Amz-Target:
 * SageMaker.CreateProcessingJob}, {@code DescribeProcessingJob}, {@code StopProcessingJob},
 * {@code ListProcessingJobs}), answered and failed as the control plane answers its own.
 */
public final class ProcessingJobApi {

    private static final String PREFIX = "SageMaker.";
    private static final Set<String> OPERATIONS = Set.of("CreateProcessingJob", "DescribeProcessingJob",
            "StopProcessingJob", "ListProcessingJobs");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessingJobs jobs;

    public ProcessingJobApi(ProcessingJobs jobs) {
        this.jobs = jobs;
    }

    /** Whether a request is one of the Processing-job operations. */
    public static boolean accepts(ApiRequest request) {
        return request.header("x-amz-target").filter(target -> target.startsWith(PREFIX))
                .map(target -> OPERATIONS.contains(target.substring(PREFIX.length()))).orElse(false);
    }

    public ApiResponse handle(ApiRequest request) {
        String operation = request.header("x-amz-target").orElse("").substring(PREFIX.length());
        try {
            JsonNode body = request.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(request.body());
            if (!(body instanceof ObjectNode input)) {
                throw new ProcessingException("SerializationException", "Start of structure expected");
            }
            ObjectNode output = switch (operation) {
                case "CreateProcessingJob" -> JSON.createObjectNode().put("ProcessingJobArn",
                        jobs.create(CreateRequestReader.read(input), input));
                case "DescribeProcessingJob" -> jobs.describe(name(input)).describe(JSON);
                case "StopProcessingJob" -> {
                    jobs.stop(name(input));
                    yield JSON.createObjectNode();
                }
                default -> list(input);
            };
            return response(200, output);
        } catch (JacksonException e) {
            return error("SerializationException", "The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return error("SerializationException", "The request body could not be read: " + e.getMessage());
        } catch (ProcessingException e) {
            return error(e.type(), e.getMessage());
        }
    }

    private static String name(JsonNode input) {
        JsonNode name = input.path("ProcessingJobName");
        if (!name.isTextual() || !CreateRequestReader.NAME.matcher(name.asText()).matches()) {
            throw ProcessingException.validation("1 validation error detected: Value '" + name.asText(null)
                    + "' at 'processingJobName' failed to satisfy constraint: Member must satisfy regular expression"
                    + " pattern: " + CreateRequestReader.NAME.pattern());
        }
        return name.asText();
    }

    /** ListProcessingJobs: its filters, SortBy Name | CreationTime (default) | Status, SortOrder, paging by offset token. */
    private ObjectNode list(JsonNode input) {
        Predicate<ProcessingJob> filter = job -> true;
        String nameContains = input.path("NameContains").asText(null);
        if (nameContains != null) {
            String needle = nameContains.toLowerCase(Locale.ROOT);
            filter = filter.and(job -> job.spec().name().toLowerCase(Locale.ROOT).contains(needle));
        }
        String status = input.path("StatusEquals").asText(null);
        if (status != null) {
            ProcessingJobStatus wanted = enumValue(status);
            filter = filter.and(job -> job.status() == wanted);
        }
        Instant after = time(input, "CreationTimeAfter");
        Instant before = time(input, "CreationTimeBefore");
        if (after != null) {
            filter = filter.and(job -> job.creationTime().isAfter(after));
        }
        if (before != null) {
            filter = filter.and(job -> job.creationTime().isBefore(before));
        }
        Function<ProcessingJob, String> sortKey = switch (input.path("SortBy").asText("CreationTime")) {
            case "Name" -> job -> job.spec().name();
            case "Status" -> job -> job.status().name();
            case "CreationTime" -> job -> String.format("%020d", job.creationTime().toEpochMilli());
            default -> throw ProcessingException.validation("SortBy must be one of [Name, CreationTime, Status]");
        };
        Comparator<ProcessingJob> order = Comparator.comparing(sortKey);
        if (!"Ascending".equals(input.path("SortOrder").asText("Descending"))) {
            order = order.reversed();
        }
        List<ProcessingJob> matching = jobs.all().stream().filter(filter).sorted(order).toList();
        int maxResults = input.path("MaxResults").asInt(10);
        if (maxResults < 1 || maxResults > 100) {
            throw ProcessingException.validation("MaxResults must be between 1 and 100");
        }
        int offset = 0;
        String token = input.path("NextToken").asText(null);
        if (token != null) {
            try {
                offset = Integer.parseInt(token.replace("slsbench-offset:", ""));
            } catch (NumberFormatException e) {
                throw ProcessingException.validation("Invalid pagination token: " + token);
            }
        }
        ObjectNode output = JSON.createObjectNode();
        ArrayNode summaries = output.putArray("ProcessingJobSummaries");
        matching.stream().skip(offset).limit(maxResults).forEach(job -> summaries.add(job.summary(JSON)));
        if (offset + maxResults < matching.size()) {
            output.put("NextToken", "slsbench-offset:" + (offset + maxResults));
        }
        return output;
    }

    private static ProcessingJobStatus enumValue(String status) {
        try {
            return ProcessingJobStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProcessingException.validation("Value '" + status + "' at 'statusEquals' failed to satisfy constraint:"
                    + " Member must satisfy enum value set: [InProgress, Completed, Failed, Stopping, Stopped]");
        }
    }

    private static Instant time(JsonNode input, String member) {
        JsonNode value = input.path(member);
        return value.isNumber() ? Instant.ofEpochMilli(value.decimalValue().movePointRight(3).longValue()) : null;
    }

    private static ApiResponse error(String type, String message) {
        ObjectNode body = JSON.createObjectNode().put("__type", type).put("message", message);
        return response(400, body).withHeader("x-amzn-ErrorType", type);
    }

    private static ApiResponse response(int status, ObjectNode body) {
        return ApiResponse.of(status, "application/x-amz-json-1.1", body.toString())
                .withHeader("x-amzn-RequestId", RequestIds.next());
    }
}
