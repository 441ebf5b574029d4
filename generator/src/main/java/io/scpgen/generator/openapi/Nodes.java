package io.scpgen.generator.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Collection;

/** Builds the JSON trees of the export: fields stay in the order they are put, numbers keep the docs' value. */
final class Nodes {

    private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

    private Nodes() {
    }

    static ObjectNode object() {
        return FACTORY.objectNode();
    }

    static ArrayNode array() {
        return FACTORY.arrayNode();
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }

    /** {@code 65534} for whole numbers, the plain decimal otherwise; never an exponent the docs did not write. */
    static JsonNode number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return FACTORY.numberNode(stripped.toBigIntegerExact());
        }
        return FACTORY.numberNode(new BigDecimal(stripped.toPlainString()));
    }

    /** Puts the text when it has any; the export leaves out empty descriptions rather than writing {@code ""}. */
    static void putText(ObjectNode node, String field, String text) {
        if (text != null && !text.isBlank()) {
            node.put(field, text);
        }
    }

    /** Puts a copy of the value (the spec's trees are never shared into the export); nothing when absent. */
    static void putValue(ObjectNode node, String field, JsonNode value) {
        if (value != null && !value.isMissingNode()) {
            node.set(field, value.deepCopy());
        }
    }
}
