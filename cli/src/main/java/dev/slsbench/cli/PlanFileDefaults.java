package dev.slsbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@code --plan FILE}: the options of {@code slsbench run} as one JSON object, keys named as
 * the flags without their dashes, e.g.
 * {@code {"memory-sizes": [1024, 2048], "stability-invocations": 200, "no-concurrency": true,
 * "sla-p99-ms": 500}}. Its values become the command's defaults, so a flag given on the command
 * line wins, and every value is converted and checked exactly as the flag's would be. Lists are
 * JSON arrays; an {@code open-loop} phase is its flag form ({@code "20:30s:2048:4"}) or an
 * object {@code {"rate": 20, "duration": "30s", "memory": 2048, "max-concurrency": 4}}, and so
 * are {@code stairs} ({@code users-per-step}, {@code steps}, {@code step-duration}, {@code memory},
 * {@code max-concurrency}) and {@code ramp} ({@code from-rate}, {@code to-rate}, {@code duration},
 * {@code memory}, {@code max-concurrency}).
 */
final class PlanFileDefaults implements IDefaultValueProvider {

    /** Options that describe the invocation itself rather than the benchmark. */
    static final Set<String> NOT_IN_PLAN = Set.of("plan", "dry-run", "help", "version", "emulator-image", "image-env");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The fields of the phase options written as objects, in their flag form's order. */
    private static final Map<String, List<String>> PHASE_FIELDS = Map.of(
            "open-loop", List.of("rate", "duration", "memory", "max-concurrency"),
            "stairs", List.of("users-per-step", "steps", "step-duration", "memory", "max-concurrency"),
            "ramp", List.of("from-rate", "to-rate", "duration", "memory", "max-concurrency"));

    private final Path file;
    private final Map<String, String> defaults;

    private PlanFileDefaults(Path file, Map<String, String> defaults) {
        this.file = file;
        this.defaults = defaults;
    }

    /**
     * Reads {@code file} for the command {@code run}.
     *
     * @throws BadInputException naming the file and the key or value at fault
     */
    static PlanFileDefaults read(Path file, CommandSpec run) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new BadInputException("--plan " + file + ": file not found");
        } catch (JsonProcessingException e) {
            throw new BadInputException("--plan " + file + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException("--plan " + file + ": cannot be read: " + e);
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException("--plan " + file + ": expected one JSON object of run options, e.g."
                    + " {\"memory-sizes\": [1024, 2048], \"stability-invocations\": 200}");
        }
        Map<String, OptionSpec> options = planOptions(run);
        Map<String, String> defaults = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            OptionSpec option = options.get(field.getKey());
            if (option == null) {
                problems.add("unknown key '" + field.getKey() + "' (expected one of " + new TreeSet<>(options.keySet()) + ")");
                continue;
            }
            try {
                defaults.put(option.longestName(), text(field.getKey(), field.getValue(), option));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems.stream().map(p -> "--plan " + file + ": " + p).toList());
        }
        return new PlanFileDefaults(file, defaults);
    }

    /** The plan file. */
    Path file() {
        return file;
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        return argSpec instanceof OptionSpec option ? defaults.get(option.longestName()) : null;
    }

    private static Map<String, OptionSpec> planOptions(CommandSpec run) {
        Map<String, OptionSpec> options = new LinkedHashMap<>();
        for (OptionSpec option : run.options()) {
            String key = option.longestName().replaceFirst("^--", "");
            if (!NOT_IN_PLAN.contains(key) && !ToolkitFlags.NAMES.contains(key)) {
                options.put(key, option);
            }
        }
        return options;
    }

    private static String text(String key, JsonNode value, OptionSpec option) {
        if (value.isArray()) {
            if (!option.isMultiValue() || option.splitRegex().isEmpty()) {
                throw new IllegalArgumentException("'" + key + "' takes one value, not a list");
            }
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                items.add(scalar(key, item));
            }
            if (items.isEmpty()) {
                throw new IllegalArgumentException("'" + key + "' is an empty list; leave it out for the default");
            }
            return String.join(",", items);
        }
        return scalar(key, value);
    }

    private static String scalar(String key, JsonNode value) {
        if (value.isObject() && PHASE_FIELDS.containsKey(key)) {
            return phase(key, value);
        }
        if (value.isTextual() || value.isNumber() || value.isBoolean()) {
            return value.asText();
        }
        throw new IllegalArgumentException("'" + key + "' has " + value.getNodeType().toString().toLowerCase()
                + " " + value + "; expected a string, number, boolean or list of them");
    }

    private static String phase(String key, JsonNode phase) {
        List<String> fields = PHASE_FIELDS.get(key);
        List<String> parts = new ArrayList<>();
        for (String field : fields) {
            JsonNode part = phase.get(field);
            if (part == null || !(part.isNumber() || part.isTextual())) {
                throw new IllegalArgumentException("'" + key + "' phase " + phase + " needs "
                        + String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.getLast());
            }
            parts.add(part.asText());
        }
        return String.join(":", parts);
    }
}
