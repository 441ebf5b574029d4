package io.scpgen.generator.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.generator.spec.Constraints;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.JsonText;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Descriptions, defaults, examples and stated constraints: changes a reader should know of, none of them breaking. */
final class DocumentationRules {

    /** What the docs say about a parameter or a field besides its name, requiredness and type. */
    record Attributes(String description, JsonNode defaultValue, JsonNode example, Constraints constraints) {

        static Attributes of(Field field) {
            return new Attributes(field.description(), field.defaultValue(), field.example(), field.constraints());
        }

        static Attributes of(Parameter parameter) {
            return new Attributes(parameter.description(), parameter.defaultValue(), parameter.example(),
                    parameter.constraints());
        }
    }

    private static final Comparator<JsonNode> SAME_NUMBER = (a, b) -> a.equals(b)
            || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

    private final DiffContext context;

    DocumentationRules(DiffContext context) {
        this.context = context;
    }

    void attributes(Site site, Attributes old, Attributes now) {
        description(site, old.description(), now.description());
        defaultValue(site, old.defaultValue(), now.defaultValue());
        example(site, old.example(), now.example());
        constraints(site, old.constraints(), now.constraints());
    }

    void description(Site site, String old, String now) {
        if (!Objects.equals(blankToNull(old), blankToNull(now))) {
            context.report(ChangeKind.DESCRIPTION_CHANGED, site, blankToNull(old), blankToNull(now),
                    "description " + (blankToNull(old) == null ? "added" : blankToNull(now) == null ? "removed"
                            : "changed"));
        }
    }

    private void defaultValue(Site site, JsonNode old, JsonNode now) {
        if (!sameValue(absentIfEmpty(old), absentIfEmpty(now))) {
            context.report(ChangeKind.DEFAULT_CHANGED, site, text(old), text(now),
                    "default " + text(old) + " -> " + text(now));
        }
    }

    private void example(Site site, JsonNode old, JsonNode now) {
        if (!sameValue(absentIfEmpty(old), absentIfEmpty(now))) {
            context.report(ChangeKind.EXAMPLE_CHANGED, site, text(old), text(now),
                    "example " + text(old) + " -> " + text(now));
        }
    }

    private void constraints(Site site, Constraints old, Constraints now) {
        String from = describe(old);
        String to = describe(now);
        if (!from.equals(to)) {
            context.report(ChangeKind.CONSTRAINTS_CHANGED, site, from, to, "constraints " + from + " -> " + to);
        }
    }

    /** The whole request and response examples of an operation version; too long to show, so only named. */
    void examples(Site site, OperationVariant old, OperationVariant now) {
        if (!sameValue(old.requestExample(), now.requestExample())) {
            context.report(ChangeKind.EXAMPLE_CHANGED, site.at("requestExample"), null, null,
                    "request example " + presence(old.requestExample(), now.requestExample()));
        }
        TreeSet<String> statuses = new TreeSet<>(old.responseExamples().keySet());
        statuses.addAll(now.responseExamples().keySet());
        for (String status : statuses) {
            JsonNode from = old.responseExamples().get(status);
            JsonNode to = now.responseExamples().get(status);
            if (!sameValue(from, to)) {
                context.report(ChangeKind.EXAMPLE_CHANGED, site.at("responseExamples").at(status), null, null,
                        "response example for " + status + " " + presence(from, to));
            }
        }
    }

    private static String presence(JsonNode old, JsonNode now) {
        return old == null ? "added" : now == null ? "removed" : "changed";
    }

    /** {@code pattern ^[a-z]+$, length 1..64, range 0..100}, or {@code none}. */
    static String describe(Constraints constraints) {
        if (constraints == null || constraints.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        if (constraints.pattern() != null) {
            parts.add("pattern " + constraints.pattern());
        }
        if (constraints.minLength() != null || constraints.maxLength() != null) {
            parts.add("length " + bound(constraints.minLength()) + ".." + bound(constraints.maxLength()));
        }
        if (constraints.minimum() != null || constraints.maximum() != null) {
            parts.add("range " + bound(constraints.minimum()) + ".." + bound(constraints.maximum()));
        }
        return String.join(", ", parts);
    }

    private static String bound(Object value) {
        return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    /**
     * Whether two JSON values are the same, numbers by value: {@code 20} read from a spec file and {@code 20} parsed
     * from the docs may be held as different number types.
     */
    private static boolean sameValue(JsonNode old, JsonNode now) {
        return old == null || now == null ? old == now : old.equals(SAME_NUMBER, now);
    }

    /**
     * A JSON {@code null}, an empty array or object and no value at all count as the same: the spec file leaves empty
     * values out, so a spec read back from its file must compare equal to the one it was written from.
     */
    private static JsonNode absentIfEmpty(JsonNode value) {
        return value == null || value.isNull() || (value.isContainerNode() && value.isEmpty()) ? null : value;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "none" : JsonText.write(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
