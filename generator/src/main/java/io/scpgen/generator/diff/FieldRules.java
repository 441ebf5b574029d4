package io.scpgen.generator.diff;

import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.Model;

/**
 * The fields of a model: a removed field breaks either way; a field a client must now send (required in a request)
 * breaks, and so does a field a client may now miss (optional in a response). Types go to {@link TypeRules}.
 */
final class FieldRules {

    private final DiffContext context;

    FieldRules(DiffContext context) {
        this.context = context;
    }

    void compare(Site site, Model old, Model now, Direction direction) {
        if (!context.enterModels(old.name(), now.name())) {
            return;
        }
        try {
            for (Matched<Field> field : Matched.by(old.fields(), now.fields(), Field::name)) {
                Site here = site.at(field.key());
                if (field.old() == null) {
                    added(here, field.now(), direction);
                } else if (field.now() == null) {
                    context.report(ChangeKind.FIELD_REMOVED, here, describe(field.old()), null, "field removed");
                } else {
                    compare(here, field.old(), field.now(), direction);
                }
            }
        } finally {
            context.leaveModels(old.name(), now.name());
        }
    }

    private void added(Site site, Field field, Direction direction) {
        boolean mustBeSent = direction == Direction.REQUEST && field.required();
        context.report(mustBeSent ? ChangeKind.REQUIRED_REQUEST_FIELD_ADDED : ChangeKind.FIELD_ADDED, site, null,
                describe(field), (mustBeSent ? "required field added: " : "field added: ") + describe(field));
    }

    private void compare(Site site, Field old, Field now, Direction direction) {
        if (old.required() != now.required()) {
            ChangeKind kind = switch (direction) {
                case REQUEST -> now.required() ? ChangeKind.REQUEST_FIELD_BECAME_REQUIRED
                        : ChangeKind.REQUEST_FIELD_BECAME_OPTIONAL;
                case RESPONSE -> now.required() ? ChangeKind.RESPONSE_FIELD_BECAME_REQUIRED
                        : ChangeKind.RESPONSE_FIELD_BECAME_OPTIONAL;
            };
            context.report(kind, site, requirement(old.required()), requirement(now.required()),
                    "became " + requirement(now.required()));
        }
        new TypeRules(context).compare(site, old.type(), now.type(), direction);
        new DocumentationRules(context).attributes(site, DocumentationRules.Attributes.of(old),
                DocumentationRules.Attributes.of(now));
    }

    private static String describe(Field field) {
        return field.type() == null ? "none" : field.type().describe();
    }

    static String requirement(boolean required) {
        return required ? "required" : "optional";
    }
}
