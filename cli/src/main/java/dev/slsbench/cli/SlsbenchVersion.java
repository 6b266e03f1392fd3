package dev.slsbench.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** {@code slsbench --version}: the build's version, the JVM running it and the operating system. */
final class SlsbenchVersion implements IVersionProvider {

    /** The version Maven filtered into {@code slsbench-cli.properties}, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String version() {
        try (InputStream in = SlsbenchVersion.class.getResourceAsStream("slsbench-cli.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {
                "slsbench " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch")};
    }
}
