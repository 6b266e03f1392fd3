package dev.slsbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slsbench.payload.InvalidPayloadException;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.PayloadFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns what {@code slsbench convert} is given into invocations, in order:
 * <ul>
 * <li>a folder: each regular, non-hidden file in it (by name, not recursing) is one request body;</li>
 * <li>a {@code .json} file holding an array of InvokeEndpoint argument objects (each with
 *     {@code Body} or {@code BodyBase64}): one invocation per element, the list the toolkit's
 *     {@code convert_invoke_args_to_jsonl} takes;</li>
 * <li>a {@code .jsonl} payload file, or a {@code .pkl} file from the toolkit's
 *     {@code convert_invoke_args_to_pkl}: its invocations, checked;</li>
 * <li>any other file: one request body.</li>
 * </ul>
 * A body file's content type is the one given, else guessed from its extension
 * ({@link ContentTypes}); a file whose type is unknown is an error naming it.
 */
final class PayloadSources {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<String> contentType;
    private final Optional<String> accept;

    PayloadSources(Optional<String> contentType, Optional<String> accept) {
        this.contentType = contentType;
        this.accept = accept;
    }

    /**
     * The invocations of every input, in order.
     *
     * @throws BadInputException naming each input that cannot be converted and why
     */
    List<Invocation> read(List<Path> inputs) throws IOException {
        List<Invocation> invocations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path file : filesIn(input)) {
                    body(file, problems).ifPresent(invocations::add);
                }
            } else if (!Files.isRegularFile(input)) {
                problems.add("INPUT " + input + ": not found");
            } else if (extension(input).equals("jsonl") || PayloadFile.isPickle(input)) {
                try {
                    invocations.addAll(withAccept(PayloadFile.read(input).invocations()));
                } catch (InvalidPayloadException e) {
                    problems.add("INPUT " + e.getMessage());
                }
            } else {
                Optional<JsonNode> invokeArgs = extension(input).equals("json") ? invokeArgsList(input) : Optional.empty();
                if (invokeArgs.isPresent()) {
                    invocations.addAll(fromInvokeArgs(input, invokeArgs.get(), problems));
                } else {
                    body(input, problems).ifPresent(invocations::add);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        if (invocations.isEmpty()) {
            throw new BadInputException("INPUT " + inputs + ": holds no files to convert");
        }
        return invocations;
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        }
    }

    private Optional<Invocation> body(Path file, List<String> problems) throws IOException {
        Optional<String> type = contentType.or(() -> ContentTypes.guess(file));
        if (type.isEmpty()) {
            problems.add("INPUT " + file + ": cannot guess a content type from its name; give --content-type");
            return Optional.empty();
        }
        try {
            return Optional.of(new Invocation(Files.readAllBytes(file), type.get(), accept.orElse(null), null, null, null));
        } catch (IllegalArgumentException e) {
            problems.add("INPUT " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The file's JSON when it is an array of objects that each have a Body or BodyBase64. */
    private static Optional<JsonNode> invokeArgsList(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException | java.nio.charset.MalformedInputException e) {
            return Optional.empty();
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
            return Optional.empty();
        }
        for (JsonNode element : root) {
            if (!element.isObject() || !(element.has("Body") || element.has("BodyBase64"))) {
                return Optional.empty();
            }
        }
        return Optional.of(root);
    }

    /** Each element through the payload file's own reader, so the rules and messages are the same. */
    private List<Invocation> fromInvokeArgs(Path file, JsonNode array, List<String> problems) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (JsonNode element : array) {
            lines.append(JSON.writeValueAsString(element)).append('\n');
        }
        Path temporary = Files.createTempFile("slsbench-convert-", ".jsonl");
        try {
            Files.writeString(temporary, lines);
            return withAccept(PayloadFile.read(temporary).invocations());
        } catch (InvalidPayloadException e) {
            problems.add("INPUT " + file + ": element " + e.lineNumber().map(String::valueOf).orElse("?") + ": " + e.reason());
            return List.of();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private List<Invocation> withAccept(List<Invocation> invocations) {
        return accept.map(a -> invocations.stream().map(i -> i.acceptIfPresent().isPresent() ? i : i.withAccept(a)).toList())
                .orElse(invocations);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
