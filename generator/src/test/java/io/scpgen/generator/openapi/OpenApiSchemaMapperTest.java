package io.scpgen.generator.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.Constraints;
import io.scpgen.generator.spec.TypeRef;
import io.scpgen.generator.spec.TypeRef.Kind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The type grammar as JSON Schema 2020-12; each expectation is the compact JSON, so field order is checked too. */
class OpenApiSchemaMapperTest {

    private final SchemaMapper mapper = new SchemaMapper();

    @Test
    void scalarsKeepTheirFormat() {
        assertThat(json(mapper.schema(TypeRef.string("date-time"))))
                .isEqualTo("{\"type\":\"string\",\"format\":\"date-time\"}");
        assertThat(json(mapper.schema(TypeRef.string(null)))).isEqualTo("{\"type\":\"string\"}");
        assertThat(json(mapper.schema(new TypeRef(Kind.INTEGER, "int64", null, null, null, false, null))))
                .isEqualTo("{\"type\":\"integer\",\"format\":\"int64\"}");
        assertThat(json(mapper.schema(TypeRef.of(Kind.NUMBER)))).isEqualTo("{\"type\":\"number\"}");
        assertThat(json(mapper.schema(TypeRef.of(Kind.BOOLEAN)))).isEqualTo("{\"type\":\"boolean\"}");
    }

    @Test
    void nullableIsATypeArray() {
        assertThat(json(mapper.schema(TypeRef.string("date-time").withNullable(true))))
                .isEqualTo("{\"type\":[\"string\",\"null\"],\"format\":\"date-time\"}");
        assertThat(json(mapper.schema(TypeRef.of(Kind.INTEGER).withNullable(true))))
                .isEqualTo("{\"type\":[\"integer\",\"null\"]}");
    }

    @Test
    void enumsListTheirValuesAndNullWhenNullable() {
        assertThat(json(mapper.schema(TypeRef.enumOf(List.of("SOFT", "HARD")))))
                .isEqualTo("{\"type\":\"string\",\"enum\":[\"SOFT\",\"HARD\"]}");
        assertThat(json(mapper.schema(TypeRef.enumOf(List.of("SOFT", "HARD")).withNullable(true))))
                .isEqualTo("{\"type\":[\"string\",\"null\"],\"enum\":[\"SOFT\",\"HARD\",null]}");
    }

    @Test
    void aModelIsARefAndANullableModelIsAnyOfTheRefAndNull() {
        assertThat(json(mapper.schema(TypeRef.ref("Tag")))).isEqualTo("{\"$ref\":\"#/components/schemas/Tag\"}");
        assertThat(json(mapper.schema(TypeRef.ref("Tag").withNullable(true))))
                .isEqualTo("{\"anyOf\":[{\"$ref\":\"#/components/schemas/Tag\"},{\"type\":\"null\"}]}");
    }

    @Test
    void arraysOfModelsAndNullableArrays() {
        assertThat(json(mapper.schema(TypeRef.arrayOf(TypeRef.ref("Tag")))))
                .isEqualTo("{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Tag\"}}");
        assertThat(json(mapper.schema(TypeRef.arrayOf(TypeRef.ref("Tag")).withNullable(true))))
                .isEqualTo("{\"type\":[\"array\",\"null\"],\"items\":{\"$ref\":\"#/components/schemas/Tag\"}}");
    }

    @Test
    void mapsAreObjectsWithAdditionalProperties() {
        assertThat(json(mapper.schema(TypeRef.mapOf(TypeRef.string(null)))))
                .isEqualTo("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}");
        assertThat(json(mapper.schema(TypeRef.mapOf(TypeRef.of(Kind.ANY)).withNullable(true))))
                .isEqualTo("{\"type\":[\"object\",\"null\"],\"additionalProperties\":true}");
        assertThat(json(mapper.schema(TypeRef.mapOf(TypeRef.ref("Tag")))))
                .isEqualTo("{\"type\":\"object\",\"additionalProperties\":{\"$ref\":\"#/components/schemas/Tag\"}}");
    }

    @Test
    void anyIsTheEmptySchemaAndAlternativesAreAnyOf() {
        assertThat(json(mapper.schema(TypeRef.of(Kind.ANY)))).isEqualTo("{}");
        TypeRef alternatives = TypeRef.anyOf(List.of(TypeRef.arrayOf(TypeRef.enumOf(List.of("a", "b"))),
                TypeRef.string(null))).withNullable(true);
        assertThat(json(mapper.schema(alternatives))).isEqualTo("{\"anyOf\":["
                + "{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"a\",\"b\"]}},"
                + "{\"type\":\"string\"},{\"type\":\"null\"}]}");
    }

    @Test
    void aValueSchemaAddsDescriptionConstraintsDefaultAndExampleInAFixedOrder() {
        ObjectNode schema = mapper.valueSchema(TypeRef.string(null).withNullable(true),
                new Constraints("^[a-z]*$", 1, 63, null, null), Nodes.object().textNode("abc"),
                Nodes.object().textNode("name"), "이름");

        assertThat(json(schema)).isEqualTo("{\"description\":\"이름\",\"type\":[\"string\",\"null\"],"
                + "\"pattern\":\"^[a-z]*$\",\"minLength\":1,\"maxLength\":63,"
                + "\"default\":\"abc\",\"example\":\"name\"}");
    }

    @Test
    void boundsKeepTheDocsNumbersWithoutExponentsOrTrailingZeros() {
        ObjectNode schema = mapper.valueSchema(TypeRef.of(Kind.NUMBER),
                new Constraints(null, null, null, new BigDecimal("0.50"), new BigDecimal("1E+3")), null, null, null);

        assertThat(json(schema)).isEqualTo("{\"type\":\"number\",\"minimum\":0.5,\"maximum\":1000}");
    }

    @Test
    void lengthsOfArraysCountItems() {
        ObjectNode schema = mapper.valueSchema(TypeRef.arrayOf(TypeRef.string(null)),
                new Constraints(null, 1, 5, null, null), null, null, null);

        assertThat(json(schema))
                .isEqualTo("{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":1,\"maxItems\":5}");
    }

    @Test
    void aRefWithADescriptionKeepsTheRefBesideIt() {
        assertThat(json(mapper.valueSchema(TypeRef.ref("Tag"), null, null, null, "태그")))
                .isEqualTo("{\"description\":\"태그\",\"$ref\":\"#/components/schemas/Tag\"}");
    }

    @Test
    void modelNamesOutsideTheComponentKeyAlphabetAreReplacedTheSameWayInRefAndKey() {
        assertThat(json(mapper.schema(TypeRef.ref("Tag List<V2>"))))
                .isEqualTo("{\"$ref\":\"#/components/schemas/Tag_List_V2_\"}");
        assertThat(ComponentNames.key("Tag List<V2>")).isEqualTo("Tag_List_V2_");
        assertThat(ComponentNames.key("Image.v1-x_y")).isEqualTo("Image.v1-x_y");
    }

    @Test
    void anUnresolvedModelIsAnOpenObjectMarkedUnresolved() {
        assertThat(json(ModelSchemaMapper.unresolved("Ghost"))).isEqualTo("{\"type\":\"object\","
                + "\"description\":\"The docs reference Ghost but define it nowhere; its fields are unknown.\","
                + "\"x-scp-unresolved\":true}");
    }

    private static String json(ObjectNode node) {
        return node.toString();
    }
}
