/**
 * The engine's configuration: the {@code slsbench.*} configuration parameters read once per
 * execution into {@link dev.slsbench.junit.engine.config.EngineSettings}. Depends on no other
 * engine package.
 */
package dev.slsbench.junit.engine.config;
