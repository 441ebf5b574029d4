package io.scpgen.generator.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names from the docs' text, bounded: the 10,000-character title line a page opened with became a class name. */
class BoundedNameTest {

    private static final String TITLE = "A" + "a".repeat(9999);

    @Test
    void aNameOf64CharactersOrFewerIsAsItIs() {
        assertThat(BoundedName.of("AutoScalingGroupLbServerGroupListResponse"))
                .isEqualTo("AutoScalingGroupLbServerGroupListResponse");
        assertThat(BoundedName.of("x".repeat(64))).isEqualTo("x".repeat(64));
        assertThat(BoundedName.of("")).isEmpty();
    }

    @Test
    void aLongerNameIsItsStartAndTheHashOfAllOfIt() {
        assertThat(BoundedName.of(TITLE)).isEqualTo("A" + "a".repeat(54) + "_b9e6a74a").hasSize(64);
        assertThat(BoundedName.of("x".repeat(65))).hasSize(64).startsWith("x".repeat(55) + "_");
    }

    @Test
    void longNamesThatShareTheirStartStayApart() {
        assertThat(BoundedName.of(TITLE + "b")).isNotEqualTo(BoundedName.of(TITLE))
                .startsWith("A" + "a".repeat(54) + "_");
        assertThat(BoundedName.of("x".repeat(65))).isNotEqualTo(BoundedName.of("x".repeat(66)));
    }

    @Test
    void neverCutsACharacterInHalf() {
        String name = "a".repeat(54) + "\uD83D\uDE00" + "b".repeat(20);

        assertThat(BoundedName.of(name)).startsWith("a".repeat(54) + "_").hasSize(63);
    }
}
