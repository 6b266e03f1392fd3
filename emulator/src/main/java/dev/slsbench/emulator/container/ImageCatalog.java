package dev.slsbench.emulator.container;

import dev.slsbench.emulator.images.BuiltInImage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves the image a model names to the local command that runs it: first the mappings the
 * emulator was started with ({@code --image NAME=COMMAND}, the embedding API), then the built-in
 * images. Nothing else: a command or path that arrives over the API is never run.
 */
public final class ImageCatalog {

    private final Map<String, List<String>> mappedImages;

    public ImageCatalog(Map<String, List<String>> mappedImages) {
        this.mappedImages = Map.copyOf(mappedImages);
    }

    /** The command for an image, without the {@code serve} argument. */
    public Optional<List<String>> commandFor(String imageName) {
        List<String> mapped = mappedImages.get(imageName);
        if (mapped != null) {
            return Optional.of(mapped);
        }
        return BuiltInImage.named(imageName).map(BuiltInImage::command);
    }

    /** Why an image cannot run, for the endpoint's FailureReason. */
    public String unknownImageReason(String imageName, String variantName) {
        String builtIns = Arrays.stream(BuiltInImage.values()).map(BuiltInImage::imageName).collect(Collectors.joining(", "));
        return "The image '" + imageName + "' of the primary container for production variant " + variantName
                + " is not known to the slsbench emulator. Map it to a local command with --image " + imageName
                + "=COMMAND (or the embedding API), or use a built-in image (" + builtIns + ").";
    }
}
