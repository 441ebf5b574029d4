package io.scpgen.generator.diff;

import io.scpgen.generator.spec.RequestBody;

/** The request body: one a client must now send, or no longer may, breaks; its type goes to {@link BodyRules}. */
final class RequestBodyRules {

    private final DiffContext context;

    RequestBodyRules(DiffContext context) {
        this.context = context;
    }

    void compare(Site site, RequestBody old, RequestBody now) {
        Site body = site.at("requestBody");
        if (old == null && now == null) {
            return;
        }
        if (old == null) {
            context.report(now.required() ? ChangeKind.REQUIRED_REQUEST_BODY_ADDED : ChangeKind.REQUEST_BODY_ADDED,
                    body, null, describe(now), (now.required() ? "required" : "optional") + " request body "
                            + describe(now) + " added");
            return;
        }
        if (now == null) {
            context.report(ChangeKind.REQUEST_BODY_REMOVED, body, describe(old), null,
                    "request body " + describe(old) + " removed");
            return;
        }
        if (old.required() != now.required()) {
            context.report(now.required() ? ChangeKind.REQUEST_BODY_BECAME_REQUIRED
                            : ChangeKind.REQUEST_BODY_BECAME_OPTIONAL, body, FieldRules.requirement(old.required()),
                    FieldRules.requirement(now.required()), "request body became "
                            + FieldRules.requirement(now.required()));
        }
        new BodyRules(context).compare(body, old.type(), now.type(), Direction.REQUEST, "request body");
        new DocumentationRules(context).description(body, old.description(), now.description());
    }

    private static String describe(RequestBody body) {
        return body.type() == null ? "(untyped)" : body.type().describe();
    }
}
