package io.scpgen.generator.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One key of two collections matched by key: {@code old} is null when only the new side has it, {@code now} null when
 * only the old side has it. The first element with a key wins, as it does everywhere the spec is read.
 */
record Matched<T>(String key, T old, T now) {

    /** Every key of either side, in {@code order}. */
    static <T> List<Matched<T>> by(Collection<T> old, Collection<T> now, Function<T, String> key,
                                   Comparator<String> order) {
        Map<String, T> before = index(old, key, order);
        Map<String, T> after = index(now, key, order);
        TreeSet<String> keys = new TreeSet<>(order);
        keys.addAll(before.keySet());
        keys.addAll(after.keySet());
        List<Matched<T>> matched = new ArrayList<>();
        keys.forEach(k -> matched.add(new Matched<>(k, before.get(k), after.get(k))));
        return matched;
    }

    static <T> List<Matched<T>> by(Collection<T> old, Collection<T> now, Function<T, String> key) {
        return by(old, now, key, Comparator.naturalOrder());
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> key, Comparator<String> order) {
        Map<String, T> index = new TreeMap<>(order);
        items.forEach(item -> index.putIfAbsent(key.apply(item), item));
        return index;
    }
}
