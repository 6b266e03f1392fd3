package dev.slsbench.emulator;

import dev.slsbench.emulator.images.BuiltInImage;

import java.util.Arrays;
import java.util.List;

/**
 * One image mapping, {@code NAME=COMMAND}: the model image {@code NAME} (CreateModel's
 * {@code PrimaryContainer.Image}) runs as the local {@code COMMAND}. The one reading of the form for
 * every front end (the emulator's {@code --image}, {@code slsbench run --emulator-image}, the
 * engine's {@code slsbench.emulator.image.NAME} keys): a command that names a built-in image
 * ({@code my/model=slsbench/echo}) runs that image; any other is split at whitespace.
 *
 * @param image the image name, non-blank, without whitespace
 * @param command the command, without the {@code serve} argument the emulator appends
 */
public record ImageMapping(String image, List<String> command) {

    /** @throws IllegalArgumentException naming the image when the name or the command is unusable */
    public ImageMapping {
        if (image == null || image.isBlank() || image.matches(".*\\s.*")) {
            throw new IllegalArgumentException("an image name must be non-blank without spaces, got: '" + image + "'");
        }
        if (command == null || command.isEmpty()) {
            throw new IllegalArgumentException("image " + image + " needs a command");
        }
        command = List.copyOf(command);
    }

    /**
     * Reads {@code NAME=COMMAND}.
     *
     * @throws IllegalArgumentException when there is no {@code =}, no name or no command
     */
    public static ImageMapping parse(String mapping) {
        int equals = mapping == null ? -1 : mapping.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("an image mapping must look like NAME=COMMAND, got: " + mapping);
        }
        return of(mapping.substring(0, equals).strip(), mapping.substring(equals + 1));
    }

    /** The mapping of {@code image} to a command given as text: a built-in image's name, or words split at whitespace. */
    public static ImageMapping of(String image, String commandText) {
        String command = commandText == null ? "" : commandText.strip();
        return new ImageMapping(image, BuiltInImage.named(command).map(BuiltInImage::command)
                .orElseGet(() -> command.isEmpty() ? List.of() : Arrays.asList(command.split("\\s+"))));
    }
}
