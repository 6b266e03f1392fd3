/**
 * Built-in model images: tiny model servers that follow the SageMaker container contract and run
 * as child processes of the emulator. Everything in this package uses the JDK only, because the
 * images start with nothing but the emulator's own classes on their class path.
 */
package dev.slsbench.emulator.images;
