package dev.slsbench.emulator.cloudwatch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An output node that the model declares as a map rather than a structure; the query
 * protocol writes maps as {@code entry}/{@code key}/{@code value} elements.
 */
final class ShapeMapNode extends ObjectNode {

    private static final long serialVersionUID = 1L;

    ShapeMapNode() {
        super(JsonNodeFactory.instance);
    }
}
