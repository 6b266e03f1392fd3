package dev.slsbench.emulator.controlplane;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Map;

/**
 * A model as CreateModel recorded it.
 *
 * @param image the primary container's image
 * @param environment the primary container's Environment
 * @param described the DescribeModel answer without ModelArn and CreationTime (the request's members as given)
 */
record ModelResource(String name, String arn, Instant creationTime, String image, Map<String, String> environment,
        ObjectNode described) {
}
