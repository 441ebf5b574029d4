package io.scpgen.generator.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.docs.rules.ParameterKindPrefix.KindAndName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The flattened Parameters table of virtualserver-api-reference-print-1.1.txt runs the Type cell into the Name cell:
 * <pre>
 * TypeNameDescriptionSchemaDefault
 * pathtransfer_id
 * required
 * ...
 * querylimit
 * optional
 * ...
 * bodybody
 * required
 * </pre>
 */
class ParameterKindPrefixTest {

    @ParameterizedTest(name = "{0} -> {1} | {2}")
    @CsvSource({
        "querylimit,               query,  limit",
        "pathtransfer_id,          path,   transfer_id",
        "bodybody,                 body,   body",
        "queryscp_image_type,      query,  scp_image_type",
        "pathauto_scaling_group_id, path,  auto_scaling_group_id",
        "querysort,                query,  sort",
    })
    void splitsTheKindPrefixFromTheNameOfTheDocsRows(String line, String kind, String name) {
        assertThat(ParameterKindPrefix.split(line)).contains(new KindAndName(kind, name));
    }

    @Test
    void acceptsHeaderAndCookieKindsAndSurroundingSpace() {
        assertThat(ParameterKindPrefix.split("  headerScp-Request-Id  "))
                .contains(new KindAndName("header", "Scp-Request-Id"));
        assertThat(ParameterKindPrefix.split("cookiesession")).contains(new KindAndName("cookie", "session"));
    }

    @Test
    void keepsAKindWordThatIsAlsoTheStartOfTheName() {
        // the kind is the first closed-set word; what follows is the name, even when it repeats a kind word
        assertThat(ParameterKindPrefix.split("querypath")).contains(new KindAndName("query", "path"));
        assertThat(ParameterKindPrefix.split("pathpath_id")).contains(new KindAndName("path", "path_id"));
    }

    @ParameterizedTest(name = "[{0}] is not a parameter name line")
    @ValueSource(strings = {
        "query",                       // a kind without a name
        "query limit",                 // a space: not run together
        "transfer_id",                 // no kind at all (a model field name line)
        "Querylimit",                  // kinds are lower case
        "formdatafile",                // not a kind the docs use
        "required",
        "",
        "TypeNameDescriptionSchemaDefault",
    })
    void rejectsLinesThatDoNotStartWithAKind(String line) {
        assertThat(ParameterKindPrefix.split(line)).isEmpty();
    }
}
