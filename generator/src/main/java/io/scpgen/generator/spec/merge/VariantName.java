package io.scpgen.generator.spec.merge;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule: a model whose shape changed in a newer API version is named with a version suffix.
 * {@code ImageListResponseV1Dot2} is the 1.2 shape of {@code ImageListResponse}.
 */
public record VariantName(String base, String version) {

    private static final Pattern SUFFIX = Pattern.compile("^(.+?)V(\\d+)Dot(\\d+)$");

    public static Optional<VariantName> parse(String modelName) {
        Matcher m = SUFFIX.matcher(modelName);
        return m.matches() ? Optional.of(new VariantName(m.group(1), m.group(2) + "." + m.group(3)))
                : Optional.empty();
    }

    /** The same version's name for another model: {@code ImageShowResponse -> ImageShowResponseV1Dot2}. */
    public String applyTo(String modelName) {
        return modelName + "V" + version.replace(".", "Dot");
    }
}
