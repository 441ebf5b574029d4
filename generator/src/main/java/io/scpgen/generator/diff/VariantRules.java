package io.scpgen.generator.diff;

import io.scpgen.generator.spec.OperationVariant;

/** Two variants of one operation (two snapshots of a version, or two versions): everything but the lifecycle. */
final class VariantRules {

    private final DiffContext context;

    VariantRules(DiffContext context) {
        this.context = context;
    }

    void compare(Site site, OperationVariant old, OperationVariant now) {
        DocumentationRules documentation = new DocumentationRules(context);
        documentation.description(site.at("description"), old.description(), now.description());
        new ParameterRules(context).compare(site, old.parameters(), now.parameters());
        new RequestBodyRules(context).compare(site, old.requestBody(), now.requestBody());
        new ResponseRules(context).compare(site, old.responses(), now.responses());
        documentation.examples(site, old, now);
    }
}
