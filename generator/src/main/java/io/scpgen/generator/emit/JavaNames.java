package io.scpgen.generator.emit;

import io.scpgen.generator.spec.BoundedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java names for the docs' names. JSON names that are keywords or not identifiers map to legal, readable names:
 * {@code class -> classValue}, {@code content-type -> contentType}, {@code 2fa -> v2fa}. Every name is bounded
 * ({@link BoundedName}): a 10,000-character title gives a 64-character name, still unique.
 */
public final class JavaNames {

    private JavaNames() {
    }

    /** {@code scp_gpu_driver -> scpGpuDriver}. */
    public static String lowerCamel(String name) {
        String camel = camel(name, false);
        if (camel.isEmpty()) {
            return "value";
        }
        if (Character.isDigit(camel.charAt(0))) {
            camel = "v" + camel;
        }
        return BoundedName.of(SourceVersion.isKeyword(camel) || camel.equals("record") || camel.equals("yield")
                || camel.equals("var") ? camel + "Value" : camel);
    }

    /** {@code auto-scaling-groups -> AutoScalingGroups}. */
    public static String upperCamel(String name) {
        String camel = camel(name, true);
        if (camel.isEmpty()) {
            return "Value";
        }
        return BoundedName.of(Character.isDigit(camel.charAt(0)) ? "V" + camel : camel);
    }

    /** {@code ImageListResponse -> ImageListResponse}: a model's class, named as the docs name the model. */
    public static String modelClass(String modelName) {
        return BoundedName.of(modelName);
    }

    /** {@code created_at:desc -> CREATED_AT_DESC}, {@code 1.3 -> V1_3}: a constant name for an enum value. */
    public static String constant(String value) {
        String upper = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
        if (upper.isEmpty()) {
            return "EMPTY";
        }
        // upper case throughout, the hash digits too
        return BoundedName.of(Character.isDigit(upper.charAt(0)) ? "V" + upper : upper).toUpperCase(Locale.ROOT);
    }

    /**
     * {@code direct-connect -> directconnect}, {@code baremetal-blockstorage -> baremetalblockstorage}: the package
     * segment of a service id (lower case, letters and digits; a leading digit or a keyword gets a prefix or suffix).
     */
    public static String servicePackage(String serviceId) {
        String segment = serviceId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        if (segment.isEmpty() || Character.isDigit(segment.charAt(0))) {
            segment = "s" + segment;
        }
        return BoundedName.of(SourceVersion.isKeyword(segment) ? segment + "_" : segment);
    }

    /** {@code 1.3 -> v1_3}: the package segment of an API version. */
    public static String versionPackage(String version) {
        return BoundedName.of("v" + version.replaceAll("[^A-Za-z0-9]+", "_"));
    }

    /**
     * Member names for JSON names, unique within one class, in the same order: a name taken by an earlier one or
     * reserved by the generated class ({@code builder}, {@code hashCode}...) gets a {@code Value} suffix, then a
     * number. The same JSON name twice (a query and a header parameter {@code x}) gives two members.
     */
    public static List<String> uniqueMembers(List<String> jsonNames, Set<String> reserved) {
        Set<String> taken = new HashSet<>(reserved);
        return jsonNames.stream().map(jsonName -> unique(lowerCamel(jsonName), taken)).toList();
    }

    /**
     * {@code name}, or when taken {@code nameValue}, {@code nameValue2}... (bounded, so a long name's suffix changes its
     * hash instead of making it longer); the result is added to {@code taken}.
     */
    public static String unique(String name, Set<String> taken) {
        String base = taken.contains(name) ? name + "Value" : name;
        String candidate = BoundedName.of(base);
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = BoundedName.of(base + i);
        }
        taken.add(candidate);
        return candidate;
    }

    private static String camel(String name, boolean upperFirst) {
        List<String> words = new ArrayList<>();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                words.add(part);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            boolean first = out.length() == 0;
            if (first && !upperFirst) {
                out.append(Character.toLowerCase(word.charAt(0))).append(word.substring(1));
            } else {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }
}
