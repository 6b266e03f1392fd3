package dev.slsbench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The content type {@code slsbench convert} gives a request body file, from its extension: a
 * fixed table (not the operating system's MIME database), so that the same folder converts the
 * same way on every machine.
 */
final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("bmp", "image/bmp"),
            Map.entry("webp", "image/webp"),
            Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"),
            Map.entry("csv", "text/csv"),
            Map.entry("txt", "text/plain"),
            Map.entry("json", "application/json"),
            Map.entry("npy", "application/x-npy"),
            Map.entry("wav", "audio/wav"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("flac", "audio/flac"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("parquet", "application/x-parquet"),
            Map.entry("recordio", "application/x-recordio-protobuf"),
            Map.entry("bin", "application/octet-stream"));

    private ContentTypes() {
    }

    /** The content type for {@code file}'s extension, if the table knows it. */
    static Optional<String> guess(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
