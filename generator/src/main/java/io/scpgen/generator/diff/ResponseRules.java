package io.scpgen.generator.diff;

import io.scpgen.generator.spec.Response;
import java.util.List;

/**
 * Responses by status code: a success response or a body that is no longer there breaks; a documented error status
 * that disappears does not. Body types go to {@link BodyRules}, which follows version variants.
 */
final class ResponseRules {

    private final DiffContext context;

    ResponseRules(DiffContext context) {
        this.context = context;
    }

    void compare(Site site, List<Response> old, List<Response> now) {
        for (Matched<Response> response : Matched.by(old, now, Response::status)) {
            Site here = site.at("responses").at(response.key());
            if (response.old() == null) {
                context.report(ChangeKind.RESPONSE_ADDED, here, null, describe(response.now()),
                        "response " + response.key() + " added" + body(response.now()));
            } else if (response.now() == null) {
                context.report(response.key().startsWith("2") ? ChangeKind.SUCCESS_RESPONSE_REMOVED
                        : ChangeKind.RESPONSE_REMOVED, here, describe(response.old()), null,
                        "response " + response.key() + " removed");
            } else {
                compare(here, response.old(), response.now());
            }
        }
    }

    private void compare(Site site, Response old, Response now) {
        if (old.type() == null && now.type() != null) {
            context.report(ChangeKind.RESPONSE_BODY_ADDED, site, null, describe(now), "response body added" + body(now));
        } else if (old.type() != null && now.type() == null) {
            context.report(ChangeKind.RESPONSE_BODY_REMOVED, site, describe(old), null,
                    "response body " + describe(old) + " removed");
        } else if (old.type() != null) {
            new BodyRules(context).compare(site, old.type(), now.type(), Direction.RESPONSE, "response");
        }
        new DocumentationRules(context).description(site, old.description(), now.description());
    }

    private static String body(Response response) {
        return response.type() == null ? "" : ": " + response.type().describe();
    }

    private static String describe(Response response) {
        return response.type() == null ? "no body" : response.type().describe();
    }
}
