package io.scpgen.generator.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.generator.spec.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Defaults and examples of virtualserver-api-reference-print-1.1.txt, printed the way the Python backend prints them:
 * <pre>
 * any of [integer, null]20                          (querylimit, default)
 * any of [boolean, null]True
 * any of [string, null]created_at:desc,id:desc
 * any of [array[string], null][]
 * Example : ['c09c3f05-03d9-443f-b27a-40e0f973c75f']   (security_group_ids)
 * Example : [{'key': 'key', 'value': 'value'}]         (tags)
 * stringNone
 * </pre>
 */
class ValueLiteralTest {

    private static final TypeRef STRING = TypeRef.string(null);
    private static final TypeRef NULLABLE_INTEGER = TypeRef.of(TypeRef.Kind.INTEGER).withNullable(true);
    private static final TypeRef NULLABLE_BOOLEAN = TypeRef.of(TypeRef.Kind.BOOLEAN).withNullable(true);
    private static final TypeRef STRINGS = TypeRef.arrayOf(STRING).withNullable(true);
    private static final TypeRef TAGS = TypeRef.arrayOf(TypeRef.ref("Tag")).withNullable(true);

    @ParameterizedTest(name = "[{0}] is no value")
    @ValueSource(strings = {"None", " None ", "", "   "})
    void readsNoneAndEmptyAsNoValue(String text) {
        assertThat(ValueLiteral.parse(text, STRING)).isNull();
        assertThat(ValueLiteral.parse(text, NULLABLE_INTEGER)).isNull();
    }

    @Test
    void readsNullAsNoValue() {
        assertThat(ValueLiteral.parse(null, STRING)).isNull();
    }

    @Test
    void readsAnIntegerDefaultAsANumber() {
        JsonNode value = ValueLiteral.parse("20", NULLABLE_INTEGER);
        assertThat(value.isIntegralNumber()).isTrue();
        assertThat(value.asInt()).isEqualTo(20);
        assertThat(ValueLiteral.parse("0", NULLABLE_INTEGER).asInt()).isZero();
        assertThat(ValueLiteral.parse("2429747200", NULLABLE_INTEGER).asLong()).isEqualTo(2429747200L);
        assertThat(ValueLiteral.parse("-1", TypeRef.of(TypeRef.Kind.INTEGER)).asInt()).isEqualTo(-1);
    }

    @Test
    void readsPythonBooleansForBooleanTypes() {
        assertThat(ValueLiteral.parse("True", NULLABLE_BOOLEAN).isBoolean()).isTrue();
        assertThat(ValueLiteral.parse("True", NULLABLE_BOOLEAN).booleanValue()).isTrue();
        assertThat(ValueLiteral.parse("False", NULLABLE_BOOLEAN).booleanValue()).isFalse();
        assertThat(ValueLiteral.parse("false", NULLABLE_BOOLEAN).booleanValue()).isFalse();
    }

    @Test
    void readsANumberKeepingItsDigits() {
        JsonNode value = ValueLiteral.parse("0.10", TypeRef.of(TypeRef.Kind.NUMBER));
        assertThat(value.isNumber()).isTrue();
        assertThat(value.decimalValue()).isEqualTo(new java.math.BigDecimal("0.10"));
    }

    @Test
    void keepsWordsAsStringsForStringTypes() {
        assertThat(ValueLiteral.parse("True", STRING).textValue()).isEqualTo("True");
        assertThat(ValueLiteral.parse("20", STRING).textValue()).isEqualTo("20");
        assertThat(ValueLiteral.parse("['a']", STRING).textValue()).as("a string that looks like a list")
                .isEqualTo("['a']");
    }

    @Test
    void keepsASortExpressionAsAString() {
        assertThat(ValueLiteral.parse("created_at:desc", TypeRef.string(null).withNullable(true)).textValue())
                .isEqualTo("created_at:desc");
        assertThat(ValueLiteral.parse("created_at:desc,id:desc", STRING).textValue())
                .isEqualTo("created_at:desc,id:desc");
    }

    @Test
    void readsAPythonListOfStringsAsAJsonArray() {
        JsonNode value = ValueLiteral.parse("['c09c3f05-03d9-443f-b27a-40e0f973c75f']", STRINGS);
        assertThat(value.isArray()).isTrue();
        assertThat(value.toString()).isEqualTo("[\"c09c3f05-03d9-443f-b27a-40e0f973c75f\"]");
    }

    @Test
    void readsAPythonListOfDictsAsJsonObjects() {
        JsonNode value = ValueLiteral.parse("[{'key': 'key', 'value': 'value'}]", TAGS);
        assertThat(value.toString()).isEqualTo("[{\"key\":\"key\",\"value\":\"value\"}]");
    }

    @Test
    void readsAnEmptyListDefault() {
        assertThat(ValueLiteral.parse("[]", STRINGS).toString()).isEqualTo("[]");
    }

    @Test
    void translatesPythonConstantsOutsideStringsOnly() {
        JsonNode value = ValueLiteral.parse("[{'on': True, 'off': False, 'none': None, 'word': 'None True'}]",
                TypeRef.arrayOf(TypeRef.of(TypeRef.Kind.ANY)));
        assertThat(value.toString())
                .isEqualTo("[{\"on\":true,\"off\":false,\"none\":null,\"word\":\"None True\"}]");
    }

    @Test
    void keepsQuotesOfTheOtherKindInsideAString() {
        JsonNode value = ValueLiteral.parse("[\"it's\", 'say \"hi\"']", STRINGS);
        assertThat(value.get(0).textValue()).isEqualTo("it's");
        assertThat(value.get(1).textValue()).isEqualTo("say \"hi\"");
    }

    @Test
    void readsAListExampleForAnAnyOfTypeWithSeveralAlternatives() {
        // any of [array[enum (virtual_server, ...)], enum (virtual_server, ...), null]
        TypeRef offerings = TypeRef.anyOf(List.of(
                TypeRef.arrayOf(TypeRef.enumOf(List.of("virtual_server", "gpu_server"))),
                TypeRef.enumOf(List.of("virtual_server", "gpu_server")))).withNullable(true);
        assertThat(ValueLiteral.parse("['virtual_server']", offerings).toString()).isEqualTo("[\"virtual_server\"]");
        assertThat(ValueLiteral.parse("virtual_server", offerings).textValue()).isEqualTo("virtual_server");
    }

    @Test
    void fallsBackToTheTextWhenAValueDoesNotFitItsType() {
        assertThat(ValueLiteral.parse("abc", NULLABLE_INTEGER).textValue()).isEqualTo("abc");
        assertThat(ValueLiteral.parse("1.5", NULLABLE_INTEGER).textValue()).isEqualTo("1.5");
        assertThat(ValueLiteral.parse("yes", NULLABLE_BOOLEAN).textValue()).isEqualTo("yes");
        assertThat(ValueLiteral.parse("['unclosed", STRINGS).textValue()).isEqualTo("['unclosed");
        assertThat(ValueLiteral.parse("[1, 2", STRINGS).textValue()).isEqualTo("[1, 2");
    }

    @Test
    void readsAnythingAsAStringWhenTheTypeIsUnknown() {
        assertThat(ValueLiteral.parse("2429747200", null).textValue()).isEqualTo("2429747200");
        assertThat(ValueLiteral.parse(" pending ", null).textValue()).isEqualTo("pending");
    }
}
