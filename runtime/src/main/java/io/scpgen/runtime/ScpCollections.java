package io.scpgen.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The copies generated models and requests keep of the lists and maps they are given, on build and when read from
 * JSON: unmodifiable, nested lists and maps too, in the same order; {@code null} stays {@code null}, and so do
 * {@code null} elements where the docs allow them.
 */
public final class ScpCollections {

    private ScpCollections() {
    }

    /** An unmodifiable copy of {@code list}, or {@code null}. */
    public static <T> List<T> copyOf(List<T> list) {
        if (list == null) {
            return null;
        }
        List<T> copy = new ArrayList<>(list.size());
        for (T element : list) {
            copy.add(deep(element));
        }
        return Collections.unmodifiableList(copy);
    }

    /** An unmodifiable copy of {@code map}, or {@code null}. */
    public static <V> Map<String, V> copyOf(Map<String, V> map) {
        if (map == null) {
            return null;
        }
        Map<String, V> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, deep(value)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked") // a list element that is a list is copied as the list it is
    private static <T> T deep(T value) {
        if (value instanceof List<?> list) {
            return (T) copyOf((List<Object>) list);
        }
        if (value instanceof Map<?, ?> map) {
            return (T) copyOf((Map<String, Object>) map);
        }
        return value;
    }
}
