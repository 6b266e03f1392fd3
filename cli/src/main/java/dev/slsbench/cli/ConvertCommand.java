package dev.slsbench.cli;

import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.PayloadFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code slsbench convert}: the Python toolkit's {@code convert_invoke_args_to_jsonl} as a
 * command. Writes a payload file (JSON Lines, one InvokeEndpoint argument object per line, text
 * bodies as {@code Body}, binary ones as {@code BodyBase64}) from folders of request bodies, body
 * files, JSON arrays of invoke arguments or other payload files.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = SlsbenchVersion.class,
        description = {
                "Writes a payload file for 'slsbench run' (JSON Lines, one InvokeEndpoint argument object per line)"
                        + " from example requests: a folder of request bodies (one per file, e.g. images), single"
                        + " body files, a .json file holding an array of invoke-argument objects (the list the"
                        + " toolkit's convert_invoke_args_to_jsonl takes), .jsonl payload files, or .pkl files from"
                        + " the toolkit's convert_invoke_args_to_pkl (plain values only; nothing in them is run).",
                "Text bodies are written as Body, binary ones as BodyBase64. A body's ContentType is --content-type,"
                        + " else guessed from its extension (jpg, png, csv, json, txt, npy, wav, ...)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  slsbench convert images/ --output payloads.jsonl",
                "  slsbench convert rows/ --content-type text/csv --accept application/json",
                "  slsbench convert invoke_args.json --output payloads.jsonl",
                "  slsbench convert invoke_args_examples.pkl --output payloads.jsonl",
                "  slsbench convert a.jpg b.jpg --output out/  # out/invoke_args_examples.jsonl"})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Folders of body files, body files, .json invoke-argument arrays, .jsonl payload files"
                    + " or the toolkit's .pkl files.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The payload file to write; an existing folder gets " + PayloadFile.TOOLKIT_FILE_NAME
                    + " inside, as the toolkit writes. Default: ./" + PayloadFile.TOOLKIT_FILE_NAME + ".")
    Path output = Path.of(PayloadFile.TOOLKIT_FILE_NAME);

    @Option(names = "--content-type", paramLabel = "TYPE",
            description = "The ContentType of every body file, instead of guessing it from the extension.")
    String contentType;

    @Option(names = "--accept", paramLabel = "TYPE", description = "The Accept header of every invocation that has none.")
    String accept;

    @Override
    public Integer call() throws IOException {
        List<Invocation> invocations = new PayloadSources(Optional.ofNullable(contentType), Optional.ofNullable(accept))
                .read(inputs);
        Path written = Files.isDirectory(output) ? PayloadFile.writeToDirectory(invocations, output)
                : PayloadFile.write(invocations, output);
        long binary = invocations.stream().filter(i -> PayloadFile.toJsonLine(i).startsWith("{\"BodyBase64\"")).count();
        spec.commandLine().getOut().println("Wrote " + invocations.size() + " invocation"
                + (invocations.size() == 1 ? "" : "s") + " to " + written + " (" + binary
                + " with binary bodies, written as BodyBase64)");
        return ExitCodes.OK;
    }
}
