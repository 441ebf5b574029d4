package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScpCollectionsTest {

    @Test
    void aListIsCopiedUnmodifiableWithItsNullsAndNestedListsAndLaterChangesToTheOriginalDoNotShow() {
        List<Object> inner = new ArrayList<>(List.of("a"));
        List<Object> original = new ArrayList<>(Arrays.asList("x", null, inner));

        List<Object> copy = ScpCollections.copyOf(original);
        original.add("late");
        inner.add("late");

        assertThat(copy).containsExactly("x", null, List.of("a"));
        assertThatThrownBy(() -> copy.add("y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) copy.get(2)).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMapKeepsItsOrderAndIsUnmodifiable() {
        Map<String, Object> original = new LinkedHashMap<>();
        original.put("b", 1);
        original.put("a", new ArrayList<>(List.of(2)));

        Map<String, Object> copy = ScpCollections.copyOf(original);
        original.put("c", 3);

        assertThat(copy.keySet()).containsExactly("b", "a");
        assertThatThrownBy(() -> copy.put("d", 4)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) copy.get("a")).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullStaysNull() {
        assertThat(ScpCollections.copyOf((List<String>) null)).isNull();
        assertThat(ScpCollections.copyOf((Map<String, String>) null)).isNull();
    }
}
