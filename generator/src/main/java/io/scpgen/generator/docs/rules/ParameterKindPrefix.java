package io.scpgen.generator.docs.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule: in the flattened layout the Type cell runs into the Name cell. The parameter kinds are a closed set, so
 * the kind is the prefix and the rest is the name.
 * <pre>
 * querylimit        -> query | limit
 * pathtransfer_id   -> path  | transfer_id
 * bodybody          -> body  | body
 * </pre>
 */
public final class ParameterKindPrefix {

    private static final Pattern KIND_AND_NAME = Pattern.compile("^(path|query|header|cookie|body)(\\S+)$");

    public record KindAndName(String kind, String name) {
    }

    private ParameterKindPrefix() {
    }

    public static Optional<KindAndName> split(String line) {
        Matcher m = KIND_AND_NAME.matcher(line.trim());
        return m.matches() ? Optional.of(new KindAndName(m.group(1), m.group(2))) : Optional.empty();
    }
}
