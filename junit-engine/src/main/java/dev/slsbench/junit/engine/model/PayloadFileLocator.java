package dev.slsbench.junit.engine.model;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the file a {@link dev.slsbench.junit.PayloadFile @PayloadFile} names: a class-path
 * resource (absolute, then relative to the class's package), then a file path relative to the
 * working directory.
 */
public final class PayloadFileLocator {

    private PayloadFileLocator() {
    }

    /** Where {@code name} is, as seen from {@code testClass}, or empty when nowhere. */
    public static Optional<URL> locate(Class<?> testClass, String name) {
        if (name.isBlank()) {
            return Optional.empty();
        }
        ClassLoader loader = testClass.getClassLoader() != null ? testClass.getClassLoader()
                : ClassLoader.getSystemClassLoader();
        URL absolute = loader.getResource(name.startsWith("/") ? name.substring(1) : name);
        if (absolute != null) {
            return Optional.of(absolute);
        }
        URL relative = testClass.getResource(name);
        if (relative != null) {
            return Optional.of(relative);
        }
        try {
            Path file = Path.of(name);
            return Files.isRegularFile(file) ? Optional.of(file.toUri().toURL()) : Optional.empty();
        } catch (InvalidPathException | MalformedURLException e) {
            return Optional.empty();
        }
    }

    /** Where {@link #locate} looks, for messages. */
    static String searched(Class<?> testClass, String name) {
        return "looked for the class-path resource '" + name + "', '" + testClass.getPackageName().replace('.', '/')
                + "/" + name + "' and the file " + Path.of(name).toAbsolutePath();
    }
}
