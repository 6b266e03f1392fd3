package dev.slsbench.junit.engine.execution;

import dev.slsbench.junit.engine.model.BenchmarkClassModel;
import dev.slsbench.junit.engine.model.PayloadFileLocator;
import dev.slsbench.junit.engine.model.PayloadMethod;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Gathers a class's example invocations: calls its {@code @Payload} methods (on {@code instance}
 * for instance methods), flattens what they return and adds the annotation's headers, then
 * appends its {@code @PayloadFile}s. A method that throws or returns something unusable fails
 * the class with a message naming the method.
 */
final class PayloadCollector {

    private PayloadCollector() {
    }

    static Payloads collect(BenchmarkClassModel model, Object instance) {
        List<Invocation> invocations = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (PayloadMethod method : model.payloadMethods()) {
            Object returned = ReflectionSupport.invokeMethod(method.method(),
                    ModifierSupport.isStatic(method.method()) ? null : instance);
            String where = "@Payload method " + method.method().getName() + "()";
            int before = invocations.size();
            flatten(returned, method, where, invocations);
            if (invocations.size() == before) {
                throw new IllegalStateException(where + " supplied no invocations");
            }
            weights.addAll(Collections.nCopies(invocations.size() - before, method.weight()));
        }
        for (String file : model.payloadFiles()) {
            Payloads read = read(model.testClass(), file);
            invocations.addAll(read.invocations());
            weights.addAll(read.weights());
        }
        return new Payloads(invocations, weights);
    }

    private static void flatten(Object value, PayloadMethod method, String where, List<Invocation> out) {
        switch (value) {
            case null -> throw new IllegalStateException(where + " returned null");
            case Invocation invocation -> out.add(withHeaders(invocation, method));
            case String text -> out.add(withHeaders(
                    new Invocation(text.getBytes(StandardCharsets.UTF_8), null, null, null, null, null), method));
            case byte[] bytes -> out.add(withHeaders(new Invocation(bytes, null, null, null, null, null), method));
            case Object[] array -> {
                for (Object element : array) {
                    flatten(element, method, where, out);
                }
            }
            case Iterable<?> iterable -> {
                for (Object element : iterable) {
                    flatten(element, method, where, out);
                }
            }
            case Stream<?> stream -> {
                try (stream) {
                    for (Iterator<?> it = stream.iterator(); it.hasNext(); ) {
                        flatten(it.next(), method, where, out);
                    }
                }
            }
            default -> throw new IllegalStateException(where + " supplied a " + value.getClass().getName()
                    + "; supply Invocations, Strings or byte[]s");
        }
    }

    private static Invocation withHeaders(Invocation invocation, PayloadMethod method) {
        Invocation result = invocation;
        if (result.contentType() == null && method.contentType().isPresent()) {
            result = new Invocation(result.body(), method.contentType().get(), result.accept(),
                    result.customAttributes(), result.inferenceId(), result.targetVariant());
        }
        if (result.accept() == null && method.accept().isPresent()) {
            result = result.withAccept(method.accept().get());
        }
        return result;
    }

    private static Payloads read(Class<?> testClass, String name) {
        URL url = PayloadFileLocator.locate(testClass, name)
                .orElseThrow(() -> new IllegalStateException("@PayloadFile(\"" + name + "\") is gone"));
        try {
            if ("file".equals(url.getProtocol())) {
                return dev.slsbench.payload.PayloadFile.read(Path.of(url.toURI()));
            }
            Path copy = Files.createTempFile("slsbench-payloads-", ".jsonl");
            try (InputStream in = url.openStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                return dev.slsbench.payload.PayloadFile.read(copy);
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (dev.slsbench.payload.InvalidPayloadException e) {
            throw new IllegalStateException("@PayloadFile(\"" + name + "\"): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read @PayloadFile(\"" + name + "\") from " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read @PayloadFile(\"" + name + "\") from " + url, e);
        }
    }
}
