package io.scpgen.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * What every generated model and request does the same way, in one place: checking required properties on build and
 * writing {@code toString}. The arguments are pairs: a property's name, then its value.
 */
public final class ScpObjects {

    private static final String MASK = "***";

    private ScpObjects() {
    }

    /**
     * Throws when a required property is {@code null}, naming every missing one by its JSON name.
     *
     * @param type           the simple name of the type being built
     * @param namesAndValues each required property's JSON name, then its value
     * @throws IllegalStateException {@code "Thing is missing required properties: [id, name]"}
     */
    public static void requireAll(String type, Object... namesAndValues) {
        List<Object> missing = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                missing.add(namesAndValues[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(type + " is missing required properties: " + missing);
        }
    }

    /**
     * {@code Thing{id=t-1, adminPassword=***}}.
     *
     * @param type           the simple name of the type
     * @param namesAndValues each property's name, then its value ({@link #masked(Object)} for a secret)
     * @return the text
     */
    public static String toString(String type, Object... namesAndValues) {
        StringBuilder text = new StringBuilder(type).append('{');
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text.append(i == 0 ? "" : ", ").append(namesAndValues[i]).append('=').append(namesAndValues[i + 1]);
        }
        return text.append('}').toString();
    }

    /**
     * A secret as {@code toString} shows it: {@code ***}, or {@code null} when there is none.
     *
     * @param secret the value
     * @return the mask, or {@code null}
     */
    public static Object masked(Object secret) {
        return secret == null ? null : MASK;
    }
}
