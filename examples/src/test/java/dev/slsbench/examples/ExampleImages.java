package dev.slsbench.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The example images as the build resolved them ({@code example-images.properties}, filtered from
 * the pom): the command of each image and where the model was trained.
 */
public final class ExampleImages {

    public static final String CHURN = "slsbench-examples/xgboost-churn";
    public static final String EMBEDDING = "slsbench-examples/embedding-recommender";

    private static final Properties PROPERTIES = load();

    private ExampleImages() {
    }

    /** The command that starts {@code image}, without {@code serve}. */
    public static List<String> command(String image) {
        String command = PROPERTIES.getProperty("image." + image);
        if (command == null || command.contains("${")) {
            throw new IllegalStateException("example-images.properties has no resolved command for " + image + ": " + command);
        }
        return Arrays.asList(command.trim().split("\\s+"));
    }

    /** The directory the build trained the churn model into. */
    public static Path churnModelDirectory() {
        return Path.of(PROPERTIES.getProperty("model.dir"));
    }

    /** A log file for container output under the module's {@code target/container-logs/}, whatever the working directory. */
    public static Path containerLog(String name) {
        Path directory = churnModelDirectory().getParent().getParent().resolve("container-logs");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory.resolve(name + ".log");
    }

    private static Properties load() {
        try (InputStream in = ExampleImages.class.getResourceAsStream("/example-images.properties")) {
            if (in == null) {
                throw new IllegalStateException("example-images.properties is not on the test class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
