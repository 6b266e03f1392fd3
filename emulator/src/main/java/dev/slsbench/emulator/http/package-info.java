/**
 * The emulator's HTTP transport: one port for every API, requests and responses as plain values
 * ({@link dev.slsbench.emulator.http.ApiRequest}, {@link dev.slsbench.emulator.http.ApiResponse}) so
 * that the API handlers do not depend on the HTTP server in use.
 */
package dev.slsbench.emulator.http;
