/**
 * Model containers as real child processes: how an image name resolves to a local command, how a
 * container is started under a watchdog that kills it when the emulator goes away, how it is held
 * to its memory size and CPU share (cgroup v1, else resident-set polling), and the keep-alive
 * connection the emulator forwards calls over.
 */
package dev.slsbench.emulator.container;
