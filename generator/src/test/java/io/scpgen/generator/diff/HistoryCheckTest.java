package io.scpgen.generator.diff;

import static io.scpgen.generator.diff.TinySpecs.operation;
import static io.scpgen.generator.diff.TinySpecs.plain;
import static io.scpgen.generator.diff.TinySpecs.query;
import static io.scpgen.generator.diff.TinySpecs.spec;
import static io.scpgen.generator.diff.TinySpecs.string;
import static io.scpgen.generator.diff.TinySpecs.withLifecycle;
import static io.scpgen.generator.diff.TinySpecs.withParameters;
import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.diff.HistoryCheck.CheckedChange;
import io.scpgen.generator.diff.HistoryCheck.Match;
import io.scpgen.generator.diff.HistoryCheck.VersionHistory;
import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.StatedChange;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The docs' history of each version against the changes computed between the versions of one spec. */
class HistoryCheckTest {

    private static final ApiVersion V1_0 = new ApiVersion("1.0", LifecycleStatus.SUPPORTED, null);
    private static final ApiVersion V1_1 = new ApiVersion("1.1", LifecycleStatus.CURRENT, null);
    private static final ApiVersion V1_2 = new ApiVersion("1.2", LifecycleStatus.CURRENT, null);

    /** Operations over 1.0 -> 1.1 -> 1.2, each with what the versions change in it. */
    private static final List<Operation> OPERATIONS = List.of(
            // 1.1 adds an optional parameter
            operation("GET", "/v1/products", plain("1.0"), withParameters("1.1", query("limit", false, string()))),
            // first documented in 1.1
            operation("GET", "/v1/product-categories", plain("1.1")),
            // 1.1 removes a parameter: breaking
            operation("GET", "/v1/products/{product_id}", withParameters("1.0", query("x", true, string())),
                    plain("1.1")),
            // 1.1 removes a parameter (breaking); 1.2 adds a required one (breaking)
            operation("GET", "/v1/things", withParameters("1.0", query("y", true, string())), plain("1.1"),
                    withParameters("1.2", query("z", true, string()))),
            // documented in 1.0 only
            operation("DELETE", "/v1/gone", plain("1.0")),
            // its 1.1 is deprecated
            operation("POST", "/v1/old", plain("1.0"),
                    withLifecycle("1.1", new Lifecycle(LifecycleStatus.DEPRECATED, "2026-12-31"))));

    private static StatedChange stated(String tag, String method, String path, String text) {
        return new StatedChange(tag, method, path, text);
    }

    private static ServiceSpec withHistory(ApiVersion... versions) {
        return spec(List.of(versions), OPERATIONS, List.of());
    }

    private static ServiceSpec productSpec() {
        return withHistory(
                V1_0.withHistory("Initial API release", List.of(
                        stated("New", "GET", "/v1/products", "ListProducts API have been added."))),
                V1_1.withHistory("Adds product categories", List.of(
                        stated("New", "GET", "/v1/product-categories", "ListProductCategories API have been added."),
                        stated("Changed", "GET", "/v1/products", "ListProducts query parameter added."),
                        stated("New", "GET", "/v1/products", "ListProducts again."),
                        stated("changed", "GET", "/v1/products/{id}", "ShowProduct parameter x removed."),
                        stated("Changed", "GET", "/v1/product-categories", "not a change: added in 1.1"),
                        stated("Changed", "DELETE", "/v1/gone", "gone, so nothing to compare"),
                        stated("Removed", "DELETE", "/v1/gone", "DeleteGone API removed."),
                        stated("Removed", "GET", "/v1/products", "still here"),
                        stated("Deprecated", "POST", "/v1/old", "CreateOld is deprecated."),
                        stated("Deprecated", "GET", "/v1/products", "not deprecated"),
                        stated("Fixed", "GET", "/v1/products", "Typo fixed."),
                        stated("Notice", null, null, "Maintenance on Sunday."),
                        stated("New", "GET", "/v1/nowhere", "ListNowhere API have been added."))),
                V1_2);
    }

    @Test
    void eachStatedChangeIsLookedForAmongTheComputedChangesOfItsVersion() {
        ServiceSpec spec = productSpec();

        List<VersionHistory> histories = HistoryCheck.check(spec, SpecDiff.betweenVersions(spec));

        assertThat(histories).extracting(VersionHistory::version).containsExactly("1.0", "1.1");
        assertThat(histories.get(0).stated()).extracting(CheckedChange::match, CheckedChange::note)
                .containsExactly(tuple(Match.FOUND, "documented from 1.0, the first version"));
        assertThat(histories.get(1).summary()).isEqualTo("Adds product categories");
        assertThat(histories.get(1).stated()).extracting(c -> c.stated().tag() + " " + c.operation() + ": "
                + c.match().label() + ": " + c.note()).containsExactly(
                "New GET /v1/product-categories: found: operation added in 1.1",
                "Changed GET /v1/products: found: 1 change computed: parameter-added",
                "New GET /v1/products: not found: documented since 1.0",
                "changed GET /v1/products/{product_id}: found: 1 change computed: parameter-removed",
                "Changed GET /v1/product-categories: found: 1 change computed: operation-added",
                "Changed DELETE /v1/gone: not found: not documented in 1.1",
                "Removed DELETE /v1/gone: found: not documented from 1.1 on (last in 1.0)",
                "Removed GET /v1/products: not found: still documented in 1.1 and no removal computed",
                "Deprecated POST /v1/old: found: 1.1 is DEPRECATED",
                "Deprecated GET /v1/products: not found: 1.1 is CURRENT, not DEPRECATED",
                "Fixed GET /v1/products: not checked: tag [Fixed] is not checked",
                "Notice null: not checked: names no operation",
                "New GET /v1/nowhere: not found: no such operation in the docs");
    }

    @Test
    void theComputedChangesOfAVersionStandBesideItsHistory() {
        ServiceSpec spec = productSpec();

        VersionHistory v1_1 = HistoryCheck.check(spec, SpecDiff.betweenVersions(spec)).get(1);

        assertThat(v1_1.computed()).extracting(Change::describe).containsExactly(
                "service 1.1: documented for 5 of 6 operations: not for DELETE /v1/gone",
                "GET /v1/product-categories 1.1: operation added in 1.1",
                "GET /v1/products 1.0 -> 1.1: optional query parameter limit added",
                "GET /v1/products/{product_id} 1.0 -> 1.1: query parameter x removed",
                "GET /v1/things 1.0 -> 1.1: query parameter y removed");
    }

    @Test
    void whatTheChangesDoNotBearOutIsAWarningBesideThem() {
        ServiceSpec spec = productSpec();

        List<Change> flags = SpecDiff.betweenVersions(spec).stream().filter(HistoryCheck::isFlag).toList();

        assertThat(flags).extracting(Change::severity).containsOnly(ChangeSeverity.WARNING);
        assertThat(flags).extracting(c -> c.kind().id() + " " + c.describe()).containsExactly(
                "history-change-not-found DELETE /v1/gone 1.1: the docs' history says \"[Changed] gone, so nothing to"
                        + " compare\", but not documented in 1.1",
                "history-change-not-found GET /v1/nowhere 1.1: the docs' history says \"[New] ListNowhere API have"
                        + " been added.\", but no such operation in the docs",
                "history-change-not-found GET /v1/products 1.1: the docs' history says \"[Deprecated] not"
                        + " deprecated\", but 1.1 is CURRENT, not DEPRECATED",
                "history-change-not-found GET /v1/products 1.1: the docs' history says \"[New] ListProducts"
                        + " again.\", but documented since 1.0",
                "history-change-not-found GET /v1/products 1.1: the docs' history says \"[Removed] still here\", but"
                        + " still documented in 1.1 and no removal computed",
                "breaking-change-not-in-history GET /v1/things 1.0 -> 1.1: 1 breaking change the docs' 1.1 history"
                        + " does not name: parameters.query.y: query parameter y removed");
    }

    @Test
    void aBreakingChangeTheHistoryNamesByItsOperationIsNotFlagged() {
        ServiceSpec spec = productSpec();

        assertThat(SpecDiff.betweenVersions(spec)).filteredOn(c -> c.kind() == ChangeKind.PARAMETER_REMOVED)
                .extracting(Change::operation)
                .containsExactly("GET /v1/products/{product_id}", "GET /v1/things");
        assertThat(SpecDiff.betweenVersions(spec)).filteredOn(c -> c.kind() == ChangeKind.BREAKING_CHANGE_NOT_IN_HISTORY)
                .extracting(Change::operation).containsExactly("GET /v1/things");
    }

    @Test
    void aVersionWithoutHistoryIsNotChecked() {
        ServiceSpec spec = productSpec();

        // 1.2 adds a required parameter to GET /v1/things: breaking, but 1.2 has no history to name it
        assertThat(SpecDiff.betweenVersions(spec)).filteredOn(c -> "1.2".equals(c.newVersion()))
                .extracting(Change::kind).containsExactly(ChangeKind.VERSION_PARTIALLY_DOCUMENTED,
                        ChangeKind.REQUIRED_PARAMETER_ADDED);
    }

    @Test
    void withoutHistoryTheChangesAreThoseOfBefore() {
        ServiceSpec with = productSpec();
        ServiceSpec without = withHistory(V1_0, V1_1, V1_2);

        assertThat(HistoryCheck.check(without, SpecDiff.betweenVersions(without))).isEmpty();
        assertThat(SpecDiff.betweenVersions(with)).filteredOn(c -> !HistoryCheck.isFlag(c))
                .containsExactlyElementsOf(SpecDiff.betweenVersions(without));
        assertThat(Stream.of(ChangeKind.HISTORY_CHANGE_NOT_FOUND, ChangeKind.BREAKING_CHANGE_NOT_IN_HISTORY)
                .map(ChangeKind::id)).containsExactly("history-change-not-found", "breaking-change-not-in-history");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/v1/products/{product_id}, /products/{}",
        "/v2/products/{id},         /products/{}",
        "/v1,                       ''",
        "/v1x/products,             /v1x/products",
        "/products,                 /products",
    })
    void pathsMatchWhateverTheirVersionPrefixAndParameterNames(String path, String shape) {
        assertThat(HistoryCheck.shape(path)).isEqualTo(shape);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
