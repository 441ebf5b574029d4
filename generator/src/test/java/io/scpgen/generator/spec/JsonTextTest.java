package io.scpgen.generator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** JSON text read and written without an ObjectMapper gives what an ObjectMapper gives. */
class JsonTextTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Property(tries = 300)
    void readsAndWritesAsAnObjectMapperDoes(@ForAll("trees") JsonNode tree) throws IOException {
        String text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);

        JsonNode read = JsonText.parse(text);

        assertThat(read).isEqualTo(MAPPER.readTree(text));
        assertThat(JsonText.write(read)).isEqualTo(read.toString()).isEqualTo(MAPPER.writeValueAsString(tree));
    }

    @Example
    void numbersGetTheNodeTypesOfAnObjectMapper() throws IOException {
        String text = "[1, 3000000000, 12345678901234567890123, 1.5, -0.0, 1e300, 2E-3]";

        JsonNode read = JsonText.parse(text);

        assertThat(read).isEqualTo(MAPPER.readTree(text));
        assertThat(read.get(0).isInt()).isTrue();
        assertThat(read.get(1).isLong()).isTrue();
        assertThat(read.get(2).bigIntegerValue()).isEqualTo(new BigInteger("12345678901234567890123"));
        assertThat(read.get(3).isDouble()).isTrue();
        assertThat(JsonText.write(read)).isEqualTo(read.toString());
    }

    @Example
    void aRepeatedKeyKeepsItsLastValueAndTrailingTextIsIgnored() throws IOException {
        for (String text : List.of("{\"a\": 1, \"b\": {}, \"a\": [2]}", "{\"a\": 1} trailing", "\"text\"", "null")) {
            assertThat(JsonText.parse(text)).as(text).isEqualTo(MAPPER.readTree(text));
        }
    }

    @Example
    void invalidJsonFailsWithTheParsersMessage() {
        for (String text : List.of("{\"a\": }", "{\"a\": 1", "[1, 2", "{'a': 1}", "{\"a\" 1}", "]")) {
            String expected = firstLine(() -> MAPPER.readTree(text));
            assertThatThrownBy(() -> JsonText.parse(text)).as(text).isInstanceOf(JsonProcessingException.class)
                    .satisfies(e -> assertThat(e.getMessage().split("\n")[0]).isEqualTo(expected));
        }
    }

    @Example
    void textIsWrittenWithJsonEscapesAndUnicodeAsIs() {
        JsonNode node = NODES.objectNode().put("k", "줄\n\"따옴표\"\t\u0001</script>");

        assertThat(JsonText.write(node)).isEqualTo(node.toString())
                .isEqualTo("{\"k\":\"줄\\n\\\"따옴표\\\"\\t\\u0001</script>\"}");
    }

    @Provide
    Arbitrary<JsonNode> trees() {
        Arbitrary<JsonNode> leaves = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(NODES::textNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(20))
                        .map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()));
        return Arbitraries.recursive(() -> leaves, this::containers, 0, 3);
    }

    private Arbitrary<JsonNode> containers(Arbitrary<JsonNode> children) {
        Arbitrary<JsonNode> arrays = children.list().ofMaxSize(4).map(list -> {
            var array = NODES.arrayNode();
            list.forEach(array::add);
            return array;
        });
        Arbitrary<JsonNode> objects = Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(3), children)
                .ofMaxSize(4).map(map -> {
                    var object = NODES.objectNode();
                    map.forEach(object::set);
                    return object;
                });
        return Arbitraries.oneOf(arrays, objects);
    }

    private interface Read {
        void run() throws IOException;
    }

    private static String firstLine(Read read) {
        try {
            read.run();
        } catch (IOException e) {
            return e.getMessage().split("\n")[0];
        }
        throw new AssertionError("expected a failure");
    }
}
