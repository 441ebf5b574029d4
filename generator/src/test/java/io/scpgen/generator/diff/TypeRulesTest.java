package io.scpgen.generator.diff;

import static io.scpgen.generator.diff.TinySpecs.integer;
import static io.scpgen.generator.diff.TinySpecs.onlyChange;
import static io.scpgen.generator.diff.TinySpecs.optional;
import static io.scpgen.generator.diff.TinySpecs.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeRulesTest {

    private static Change inResponse(TypeRef old, TypeRef now) {
        return onlyChange(FieldRulesTest.inResponse(List.of(optional("value", old)), List.of(optional("value", now))));
    }

    private static Change inRequest(TypeRef old, TypeRef now) {
        return onlyChange(FieldRulesTest.inRequest(List.of(optional("value", old)), List.of(optional("value", now))));
    }

    @Test
    void anotherKindOfTypeBreaks() {
        Change change = inResponse(integer(), string());

        assertThat(change.kind()).isEqualTo(ChangeKind.TYPE_CHANGED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
        assertThat(change.message()).isEqualTo("type integer -> string");
        assertThat(change.path()).isEqualTo("responses.200.value");
    }

    @Test
    void anotherElementTypeBreaksAtTheElementsPath() {
        Change change = inResponse(TypeRef.arrayOf(integer()), TypeRef.arrayOf(string()));

        assertThat(change.kind()).isEqualTo(ChangeKind.TYPE_CHANGED);
        assertThat(change.path()).isEqualTo("responses.200.value[]");
    }

    @Test
    void anotherStringFormatBreaks() {
        Change change = inResponse(TypeRef.string("date-time"), TypeRef.string("uuid"));

        assertThat(change.kind()).isEqualTo(ChangeKind.FORMAT_CHANGED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
        assertThat(change.message()).isEqualTo("format date-time -> uuid");
    }

    @Test
    void anEnumValueRemovedBreaks() {
        Change change = inRequest(TypeRef.enumOf(List.of("ACTIVE", "DELETED")), TypeRef.enumOf(List.of("ACTIVE")));

        assertThat(change.kind()).isEqualTo(ChangeKind.ENUM_VALUE_REMOVED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
        assertThat(change.message()).isEqualTo("enum value DELETED removed");
    }

    @Test
    void anEnumValueAddedIsInformation() {
        Change change = inResponse(TypeRef.enumOf(List.of("ACTIVE")), TypeRef.enumOf(List.of("ACTIVE", "ERROR")));

        assertThat(change.kind()).isEqualTo(ChangeKind.ENUM_VALUE_ADDED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
        assertThat(change.newValue()).isEqualTo("ERROR");
    }

    @Test
    void aRequestValueThatBecomesNonNullableBreaks() {
        Change change = inRequest(string().withNullable(true), string());

        assertThat(change.kind()).isEqualTo(ChangeKind.REQUEST_VALUE_BECAME_NON_NULLABLE);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
    }

    @Test
    void aRequestValueThatBecomesNullableIsInformation() {
        Change change = inRequest(string(), string().withNullable(true));

        assertThat(change.kind()).isEqualTo(ChangeKind.REQUEST_VALUE_BECAME_NULLABLE);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
    }

    @Test
    void aResponseValueThatBecomesNullableBreaks() {
        Change change = inResponse(string(), string().withNullable(true));

        assertThat(change.kind()).isEqualTo(ChangeKind.RESPONSE_VALUE_BECAME_NULLABLE);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
    }

    @Test
    void aResponseValueThatBecomesNonNullableIsInformation() {
        Change change = inResponse(string().withNullable(true), string());

        assertThat(change.kind()).isEqualTo(ChangeKind.RESPONSE_VALUE_BECAME_NON_NULLABLE);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
    }

    @Test
    void aModelDefinedNowhereIsComparedByName() {
        Change change = inResponse(TypeRef.ref("Missing"), TypeRef.ref("AlsoMissing"));

        assertThat(change.kind()).isEqualTo(ChangeKind.TYPE_CHANGED);
        assertThat(change.message()).isEqualTo("type Missing -> AlsoMissing");
    }

    @Test
    void unchangedTypesGiveNoChange() {
        assertThat(FieldRulesTest.inRequest(List.of(optional("a", TypeRef.arrayOf(TypeRef.string("uuid")))),
                List.of(optional("a", TypeRef.arrayOf(TypeRef.string("uuid")))))).isEmpty();
        assertThat(FieldRulesTest.inResponse(List.of(optional("a", TypeRef.mapOf(null))),
                List.of(optional("a", TypeRef.mapOf(null))))).isEmpty();
    }
}
