package dev.slsbench.payload;

import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.Unpickler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code .pkl} payload file as the Python toolkit's {@code convert_invoke_args_to_pkl}
 * writes it: a pickled list of InvokeEndpoint argument dicts whose {@code Body} is bytes or str.
 *
 * <p>Unpickling can run code, so only the opcodes that build plain values are executed: None,
 * bools, numbers, str, bytes, tuples, lists and dicts (and the memo and framing opcodes those
 * use). Any opcode that looks up a global or builds an object (GLOBAL, STACK_GLOBAL, REDUCE,
 * BUILD, INST, OBJ, NEWOBJ, NEWOBJ_EX, PERSID, EXT*, sets, bytearrays, out-of-band buffers)
 * fails the file before it runs, naming the opcode.
 */
final class PickledPayloadReader {

    private final Path file;

    PickledPayloadReader(Path file) {
        this.file = file;
    }

    Payloads read() {
        Object root;
        PlainValueUnpickler unpickler = new PlainValueUnpickler();
        try (InputStream in = Files.newInputStream(file)) {
            root = unpickler.load(in);
        } catch (NoSuchFileException e) {
            throw new InvalidPayloadException(file, 0, "file not found", e);
        } catch (RefusedOpcodeException e) {
            throw new InvalidPayloadException(file, 0, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new InvalidPayloadException(file, 0, "not a pickle of invoke-argument dicts: " + e.getMessage(), e);
        } finally {
            unpickler.close();
        }
        if (!(root instanceof List<?> examples)) {
            throw bad("expected a pickled list of invoke-argument dicts (as convert_invoke_args_to_pkl writes), found "
                    + pythonType(root));
        }
        List<Invocation> invocations = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            invocations.add(invocation(examples.get(i), i + 1));
        }
        if (invocations.isEmpty()) {
            throw bad("holds an empty list; pickle a list of dicts such as {'Body': b'...', 'ContentType': 'image/jpeg'}");
        }
        return new Payloads(invocations);
    }

    private Invocation invocation(Object example, int number) {
        if (!(example instanceof Map<?, ?> arguments)) {
            throw bad("example #" + number + " is a " + pythonType(example) + ", not a dict of InvokeEndpoint arguments");
        }
        for (Object key : arguments.keySet()) {
            if (!(key instanceof String name) || !PayloadFileReader.KEYS.contains(name) || name.equals("BodyBase64")) {
                throw bad("example #" + number + " has unknown key " + key + " (expected one of "
                        + PayloadFileReader.KEY_ORDER.stream().filter(k -> !k.equals("BodyBase64")).toList() + ")");
            }
        }
        Object body = arguments.get("Body");
        byte[] bytes;
        if (body instanceof byte[] raw) {
            bytes = raw;
        } else if (body instanceof String text) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else {
            throw bad("example #" + number + (body == null ? " has no Body" : " has a Body of type " + pythonType(body))
                    + "; give bytes or str");
        }
        try {
            return new Invocation(bytes, text(arguments, "ContentType", number), text(arguments, "Accept", number),
                    text(arguments, "CustomAttributes", number), text(arguments, "InferenceId", number),
                    text(arguments, "TargetVariant", number));
        } catch (IllegalArgumentException e) {
            throw new InvalidPayloadException(file, 0, "example #" + number + ": " + e.getMessage(), e);
        }
    }

    private String text(Map<?, ?> arguments, String key, int number) {
        Object value = arguments.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw bad("example #" + number + ": " + key + " must be a str, found " + pythonType(value));
    }

    private InvalidPayloadException bad(String reason) {
        return new InvalidPayloadException(file, 0, reason, null);
    }

    private static String pythonType(Object value) {
        return switch (value) {
            case null -> "None";
            case byte[] b -> "bytes";
            case String s -> "str";
            case Object[] t -> "tuple";
            case List<?> l -> "list";
            case Map<?, ?> m -> "dict";
            case Boolean b -> "bool";
            case Double d -> "float";
            default -> "int";
        };
    }

    /** An opcode this reader does not execute. */
    private static final class RefusedOpcodeException extends PickleException {
        RefusedOpcodeException(String message) {
            super(message);
        }
    }

    /** razorvine's unpickler, executing only the opcodes that build plain values. */
    private static final class PlainValueUnpickler extends Unpickler {

        @Override
        protected Object dispatch(short opcode) throws PickleException, IOException {
            PickleOpcode.plainValueOpcode(opcode).orElseThrow(() -> new RefusedOpcodeException(
                    "pickle opcode " + PickleOpcode.describe(opcode) + " would build an arbitrary object;"
                            + " only dicts, lists, tuples, str, bytes, numbers, bools and None are read"));
            return super.dispatch(opcode);
        }
    }
}
