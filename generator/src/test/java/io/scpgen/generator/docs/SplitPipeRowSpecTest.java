package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.Parameter;
import io.scpgen.generator.spec.TypeRef;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipe page (the shape of pending-images-list-1.3.txt) whose parameter table splits a row over two lines, read end
 * to end: the split row is one parameter, its last cells its schema and default.
 */
class SplitPipeRowSpecTest {

    private static final String PAGE = """
            List product categories
            1 - 1.3
            get /v1/product-categories
            Description
            List product categories.
            State ACTIVE (CURRENT)
            | Version | Supported Until |
            |---|
            | 1.3 | - |
            Parameters
            | Type | Name | Description | Schema | Default |
            |---|
            | query | display_name optional | Product Category Name Example : Networking
            | array[any of [string, null]] | [] |
            | query | limit optional | Limit | any of [integer, null] | 20 |
            | query | state optional | State Example : available
            | any of [string, null] | None |
            Responses
            | HTTP Code | Description | Schema |
            |---|
            | 200 | OK | None |
            """;

    @TempDir
    Path temp;

    @Test
    void aRowSplitOverTwoLinesIsOneParameterWithItsSchemaAndDefault() throws IOException {
        SpecFromDocs.Result result = load(PAGE);

        List<Parameter> parameters = result.spec().operations().get(0).variants().get(0).parameters();
        assertThat(parameters).extracting(Parameter::name).containsExactly("display_name", "limit", "state");
        Parameter displayName = parameters.get(0);
        assertThat(displayName.in()).isEqualTo("query");
        assertThat(displayName.required()).isFalse();
        assertThat(displayName.description()).isEqualTo("Product Category Name");
        assertThat(displayName.type()).isEqualTo(TypeRef.arrayOf(TypeRef.string(null).withNullable(true)));
        assertThat(displayName.defaultValue().isArray()).isTrue();
        assertThat(displayName.defaultValue()).isEmpty();
        assertThat(parameters.get(1).type()).isEqualTo(TypeRef.of(TypeRef.Kind.INTEGER).withNullable(true));
        assertThat(parameters.get(1).defaultValue().isIntegralNumber()).isTrue();
        assertThat(parameters.get(1).defaultValue().asInt()).isEqualTo(20);
        assertThat(parameters.get(2).type()).isEqualTo(TypeRef.string(null).withNullable(true));
        assertThat(parameters.get(2).defaultValue()).isNull();
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void diagnosticsOfASplitRowNameItsFirstLine() throws IOException {
        SpecFromDocs.Result result = load(PAGE.replace("| array[any of [string, null]] | [] |",
                "| array[any of [text, null]] | [] |"));

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(13);
            assertThat(d.message()).startsWith("unknown schema 'array[any of [text, null]]' for 'display_name'");
        });
    }

    private SpecFromDocs.Result load(String text) throws IOException {
        Path page = Files.writeString(temp.resolve("product-category-list-1.3.txt"), text);
        return SpecFromDocs.withAllReaders().load(List.of(page), "product"); // the snippet names no service
    }
}
