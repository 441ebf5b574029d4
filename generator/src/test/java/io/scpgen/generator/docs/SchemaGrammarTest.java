package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.docs.SchemaGrammar.Parsed;
import io.scpgen.generator.spec.TypeRef;
import io.scpgen.generator.spec.TypeRef.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Schema column of virtualserver-api-reference-print-1.1.txt, where the schema runs into the Default cell, and
 * of the pipe pages, where it stands alone.
 */
class SchemaGrammarTest {

    private static final TypeRef STRING = TypeRef.string(null);

    @Test
    void readsStringNoneAsAStringFollowedByTheDefaultNone() {
        // pathtransfer_id / required / Transfer ID / Example : ... / stringNone
        assertThat(SchemaGrammar.parsePrefix("stringNone")).contains(new Parsed(STRING, "string", "None"));
    }

    @Test
    void readsANullableIntegerFollowedByItsDefault() {
        // querylimit / optional / 페이지 항목 개수 / Example : 20 / any of [integer, null]20
        Parsed parsed = SchemaGrammar.parsePrefix("any of [integer, null]20").orElseThrow();
        assertThat(parsed.type()).isEqualTo(TypeRef.of(Kind.INTEGER).withNullable(true));
        assertThat(parsed.schema()).isEqualTo("any of [integer, null]");
        assertThat(parsed.rest()).isEqualTo("20");
    }

    @Test
    void readsTheProductOfferingUnionOfArrayOfEnumEnumAndNull() {
        // queryproduct_offering (List Servers)
        Parsed parsed = SchemaGrammar.parsePrefix("any of [array[enum (virtual_server, gpu_server, k8s_vm, "
                + "k8s_gpu_vm)], enum (virtual_server, gpu_server, k8s_vm, k8s_gpu_vm), null]None").orElseThrow();
        TypeRef offering = TypeRef.enumOf(List.of("virtual_server", "gpu_server", "k8s_vm", "k8s_gpu_vm"));
        assertThat(parsed.type())
                .isEqualTo(TypeRef.anyOf(List.of(TypeRef.arrayOf(offering), offering)).withNullable(true));
        assertThat(parsed.rest()).isEqualTo("None");
        assertThat(parsed.type().describe()).isEqualTo(parsed.schema());
    }

    @Test
    void readsTheShortUnionOfTheBrief() {
        Parsed parsed = SchemaGrammar.parsePrefix("any of [array[enum (a, b)], enum (a, b), null]None").orElseThrow();
        assertThat(parsed.type().kind()).isEqualTo(Kind.ANY);
        assertThat(parsed.type().nullable()).isTrue();
        assertThat(parsed.type().alternatives()).extracting(TypeRef::kind).containsExactly(Kind.ARRAY, Kind.ENUM);
        assertThat(parsed.type().alternatives().get(0).items().values()).containsExactly("a", "b");
        assertThat(parsed.schema()).isEqualTo("any of [array[enum (a, b)], enum (a, b), null]");
        assertThat(parsed.rest()).isEqualTo("None");
    }

    @Test
    void keepsTheFormatOfADateTimeString() {
        assertThat(SchemaGrammar.parseWhole("string (date-time)")).contains(TypeRef.string("date-time"));
        assertThat(SchemaGrammar.parseWhole("string (uuid)")).contains(TypeRef.string("uuid"));
    }

    @Test
    void readsAnArrayOfAModelAsAReference() {
        TypeRef tags = SchemaGrammar.parseWhole("array[Tag]").orElseThrow();
        assertThat(tags).isEqualTo(TypeRef.arrayOf(TypeRef.ref("Tag")));
        assertThat(tags.referencedModel()).isEqualTo("Tag");
        assertThat(SchemaGrammar.parseWhole("any of [array[Tag], null]"))
                .contains(TypeRef.arrayOf(TypeRef.ref("Tag")).withNullable(true));
    }

    @Test
    void keepsTheValuesOfAnEnumInOrder() {
        assertThat(SchemaGrammar.parseWhole("enum (public, community, shared, private)"))
                .contains(TypeRef.enumOf(List.of("public", "community", "shared", "private")));
        assertThat(SchemaGrammar.parseWhole("any of [enum (public, community, shared, private), null]"))
                .contains(TypeRef.enumOf(List.of("public", "community", "shared", "private")).withNullable(true));
    }

    @Test
    void readsObjectAsAFreeFormMap() {
        TypeRef object = SchemaGrammar.parseWhole("object").orElseThrow();
        assertThat(object.kind()).isEqualTo(Kind.MAP);
        assertThat(object.items().kind()).isEqualTo(Kind.ANY);
        assertThat(object.describe()).isEqualTo("object");
        assertThat(SchemaGrammar.parseWhole("any of [object, null]").orElseThrow().nullable()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "integer,                 INTEGER",
        "number,                  NUMBER",
        "boolean,                 BOOLEAN",
        "string,                  STRING",
        "ImageListResponse,       REF",
        "ImageListResponseV1Dot2, REF",
        "array[string],           ARRAY",
    })
    void readsEachKeywordAndModelName(String schema, Kind kind) {
        TypeRef type = SchemaGrammar.parseWhole(schema).orElseThrow();
        assertThat(type.kind()).isEqualTo(kind);
        assertThat(type.nullable()).isFalse();
        assertThat(type.describe()).isEqualTo(schema);
    }

    @Test
    void collapsesAUnionOfOneTypeAndNullIntoANullableType() {
        assertThat(SchemaGrammar.parseWhole("any of [string, null]")).contains(STRING.withNullable(true));
        assertThat(SchemaGrammar.parseWhole("any of [boolean, null]"))
                .contains(TypeRef.of(Kind.BOOLEAN).withNullable(true));
    }

    @Test
    void keepsAUnionWithoutNullNotNullable() {
        TypeRef type = SchemaGrammar.parseWhole("any of [string, integer]").orElseThrow();
        assertThat(type.kind()).isEqualTo(Kind.ANY);
        assertThat(type.nullable()).isFalse();
        assertThat(type.alternatives()).containsExactly(STRING, TypeRef.of(Kind.INTEGER));
    }

    @ParameterizedTest(name = "{0} -> {1} | {2}")
    @CsvSource(delimiter = '|', value = {
        "any of [boolean, null]True                   | any of [boolean, null]                   | True",
        "any of [string, null]created_at:desc,id:desc | any of [string, null]                    | created_at:desc,id:desc",
        "any of [array[string], null][]               | any of [array[string], null]             | []",
        "stringqcow2                                  | string                                   | qcow2",
        "integerNone                                  | integer                                  | None",
        "any of [enum (compute, container), null]None | any of [enum (compute, container), null] | None",
    })
    void handsBackTheDefaultThatFollowsTheSchema(String cell, String schema, String rest) {
        Parsed parsed = SchemaGrammar.parsePrefix(cell).orElseThrow();
        assertThat(parsed.schema()).isEqualTo(schema);
        assertThat(parsed.rest()).isEqualTo(rest);
    }

    @Test
    void handsBackTheCliDescriptionThatFollowsTheSchema() {
        // cli-image-member-list-1.3.txt: string이미지 ID70a599e0-31e7-49b7-b260-868f441e862b
        Parsed parsed = SchemaGrammar.parsePrefix("string이미지 ID70a599e0-31e7-49b7-b260-868f441e862b").orElseThrow();
        assertThat(parsed.type()).isEqualTo(STRING);
        assertThat(parsed.rest()).isEqualTo("이미지 ID70a599e0-31e7-49b7-b260-868f441e862b");
    }

    @Test
    void readsAStringWithoutFormatWhenTheParenthesesHoldNoFormatWord() {
        Parsed parsed = SchemaGrammar.parsePrefix("string (Date Time)").orElseThrow();
        assertThat(parsed.type()).isEqualTo(STRING);
        assertThat(parsed.rest()).isEqualTo("(Date Time)");
        assertThat(SchemaGrammar.parseWhole("string (Date Time)")).isEmpty();
    }

    @Test
    void refusesASchemaFollowedByMoreTextWhenTheWholeCellMustBeASchema() {
        assertThat(SchemaGrammar.parseWhole("stringNone")).isEmpty();
        assertThat(SchemaGrammar.parseWhole("any of [integer, null]20")).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] is not a schema")
    @ValueSource(strings = {
        "strng",                         // a misspelt keyword
        "strng (date-time)",
        "any of [string, null",          // unclosed union
        "array[Tag",                     // unclosed array
        "enum (a, b",                    // unclosed enum
        "enum ()",                       // an enum without values
        "any of [null]",                 // null alone
        "any of []",
        "array[strng]",                  // unknown inside brackets
        "array[stringx]",                // a keyword that runs on inside brackets is not the keyword
        "any of [integer, nul]",
        "null",                          // null only inside any of
        "이미지 ID",
        "",
    })
    void refusesWhatIsNotInTheGrammar(String cell) {
        assertThat(SchemaGrammar.parsePrefix(cell)).isEmpty();
        assertThat(SchemaGrammar.parseWhole(cell)).isEmpty();
    }

    @Test
    void tellsModelNamesFromOtherWords() {
        assertThat(SchemaGrammar.isModelName("ImageListResponse")).isTrue();
        assertThat(SchemaGrammar.isModelName("ImageListResponseV1Dot2")).isTrue();
        assertThat(SchemaGrammar.isModelName("Tag")).isTrue();
        assertThat(SchemaGrammar.isModelName("string")).isFalse();
        assertThat(SchemaGrammar.isModelName("None1x-")).isFalse();
        assertThat(SchemaGrammar.isModelName("이미지")).isFalse();
        assertThat(SchemaGrammar.isModelName("")).isFalse();
    }
}
