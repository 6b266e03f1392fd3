/**
 * The {@code slsbench} command line: {@code run} (the Python toolkit's options as flags, a local
 * emulator or any SageMaker-compatible URL, dry runs, SLAs as exit codes), {@code cleanup},
 * {@code convert}, {@code emulator} and {@code report}, built on picocli and the framework's
 * {@link dev.slsbench.ServerlessBenchmarks} API. {@link dev.slsbench.cli.SlsbenchCli} is the entry point.
 */
package dev.slsbench.cli;
