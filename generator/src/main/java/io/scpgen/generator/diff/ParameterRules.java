package io.scpgen.generator.diff;

import io.scpgen.generator.spec.Parameter;
import java.util.List;

/**
 * Path, query and header parameters, matched by where they go and their name ({@code query.limit}): a removed
 * parameter or one a client must now send breaks; an optional one added is information.
 */
final class ParameterRules {

    private final DiffContext context;

    ParameterRules(DiffContext context) {
        this.context = context;
    }

    void compare(Site site, List<Parameter> old, List<Parameter> now) {
        for (Matched<Parameter> parameter : Matched.by(old, now, p -> p.in() + "." + p.name())) {
            Site here = site.at("parameters").at(parameter.key());
            if (parameter.old() == null) {
                added(here, parameter.now());
            } else if (parameter.now() == null) {
                context.report(ChangeKind.PARAMETER_REMOVED, here, describe(parameter.old()), null,
                        name(parameter.old()) + " removed");
            } else {
                compare(here, parameter.old(), parameter.now());
            }
        }
    }

    private void added(Site site, Parameter parameter) {
        if (parameter.required()) {
            context.report(ChangeKind.REQUIRED_PARAMETER_ADDED, site, null, describe(parameter),
                    "required " + name(parameter) + " added");
        } else {
            context.report(ChangeKind.PARAMETER_ADDED, site, null, describe(parameter),
                    "optional " + name(parameter) + " added");
        }
    }

    private void compare(Site site, Parameter old, Parameter now) {
        if (old.required() != now.required()) {
            context.report(now.required() ? ChangeKind.PARAMETER_BECAME_REQUIRED : ChangeKind.PARAMETER_BECAME_OPTIONAL,
                    site, FieldRules.requirement(old.required()), FieldRules.requirement(now.required()),
                    name(now) + " became " + FieldRules.requirement(now.required()));
        }
        new TypeRules(context).compare(site, old.type(), now.type(), Direction.REQUEST);
        new DocumentationRules(context).attributes(site, DocumentationRules.Attributes.of(old),
                DocumentationRules.Attributes.of(now));
    }

    /** {@code query parameter limit}. */
    private static String name(Parameter parameter) {
        return parameter.in() + " parameter " + parameter.name();
    }

    private static String describe(Parameter parameter) {
        return parameter.type() == null ? null : parameter.type().describe();
    }
}
