package io.scpgen.generator.report;

import io.scpgen.generator.diff.Snapshot;
import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Parameter;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.Source;
import io.scpgen.generator.spec.StatedChange;
import io.scpgen.generator.spec.TypeRef;
import java.util.List;
import java.util.Map;

/**
 * A small spec whose versions have the docs' history, as the page of the README's example gives it: 1.0 the initial
 * release, 1.1 adding product categories. Its 1.1 history states a change the docs do not bear out and leaves out a
 * breaking one.
 */
final class HistoryReports {

    private HistoryReports() {
    }

    static ServiceSpec product() {
        Lifecycle supported = new Lifecycle(LifecycleStatus.SUPPORTED, "2026-12-31");
        Lifecycle current = new Lifecycle(LifecycleStatus.CURRENT, null);
        Parameter limit = new Parameter("query", "limit", false, "Page size", TypeRef.of(TypeRef.Kind.INTEGER), null,
                null, null);
        Parameter fields = new Parameter("query", "fields", true, "Fields to show", TypeRef.string(null), null, null,
                null);
        List<Operation> operations = List.of(
                new Operation("listProductCategories", "List product categories", "GET", "/v1/product-categories",
                        "product-categories", List.of(variant("1.1", current, List.of()))),
                new Operation("listProducts", "List products", "GET", "/v1/products", "products",
                        List.of(variant("1.0", supported, List.of()), variant("1.1", current, List.of(limit)))),
                new Operation("showProduct", "Show product", "GET", "/v1/products/{product_id}", "products",
                        List.of(variant("1.0", supported, List.of(fields)), variant("1.1", current, List.of()))));
        List<ApiVersion> versions = List.of(
                new ApiVersion("1.0", LifecycleStatus.SUPPORTED, "2026-12-31").withHistory(
                        "Initial API release for Product", List.of(
                                new StatedChange("New", "GET", "/v1/products", "ListProducts API have been added."),
                                new StatedChange("New", "GET", "/v1/products/{product_id}",
                                        "ShowProduct API have been added."))),
                new ApiVersion("1.1", LifecycleStatus.CURRENT, null).withHistory("Adds product categories | tags",
                        List.of(
                                new StatedChange("New", "GET", "/v1/product-categories",
                                        "ListProductCategories API have been added."),
                                new StatedChange("Changed", "GET", "/v1/products",
                                        "ListProducts query parameter added."),
                                new StatedChange("New", "GET", "/v1/product-tags", "ListProductTags API have been added."),
                                new StatedChange("Fixed", null, null, "Typos in the *descriptions* fixed."))));
        return new ServiceSpec("product", "Product", null, "https://product.{region}.{environment}.samsungsdscloud.com",
                List.of(), versions, operations, List.of(), List.of());
    }

    /** The versions inside {@link #product()}, as {@code scpgen diff --docs product.txt} reports them. */
    static DiffReport versions() {
        return DiffReport.betweenVersions(new Snapshot(List.of(product()), List.of("product.txt"), List.of()));
    }

    private static OperationVariant variant(String version, Lifecycle lifecycle, List<Parameter> parameters) {
        return new OperationVariant(version, lifecycle, "Products.", parameters, null, List.of(), null, Map.of(),
                new Source("product.txt", 1));
    }
}
