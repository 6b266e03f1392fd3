package dev.slsbench.emulator.container;

/**
 * A model server's answer to one request.
 *
 * @param status the HTTP status the container answered with
 * @param contentType the container's Content-Type, or null when it sent none
 * @param customAttributes the container's {@code X-Amzn-SageMaker-Custom-Attributes}, or null
 * @param body the response body
 * @param closeAfter whether the container asked to close the connection
 */
public record ContainerResponse(int status, String contentType, String customAttributes, byte[] body,
        boolean closeAfter) {
}
