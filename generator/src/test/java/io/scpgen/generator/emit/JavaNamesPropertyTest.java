package io.scpgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.BoundedName;
import javax.lang.model.SourceVersion;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Names made of any docs text, a title line of thousands of characters included, are bounded Java identifiers; long
 * names that differ give names that differ.
 */
class JavaNamesPropertyTest {

    @Property(tries = 300)
    void everyNameIsABoundedJavaIdentifier(@ForAll("docsText") String text) {
        for (String name : new String[] {JavaNames.upperCamel(text), JavaNames.lowerCamel(text),
                JavaNames.constant(text), JavaNames.versionPackage(text), JavaNames.servicePackage(text)}) {
            assertThat(name.length()).as(name).isBetween(1, BoundedName.MAX_LENGTH);
            assertThat(SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name)).as(name).isTrue();
        }
    }

    @Property(tries = 300)
    void distinctLongTypeNamesStayDistinct(@ForAll("longTypeNames") String a, @ForAll("longTypeNames") String b) {
        Assume.that(!a.equals(b));

        assertThat(JavaNames.upperCamel(a)).isNotEqualTo(JavaNames.upperCamel(b));
        assertThat(JavaNames.modelClass(a)).isNotEqualTo(JavaNames.modelClass(b));
        assertThat(JavaNames.constant(a.toUpperCase(java.util.Locale.ROOT)))
                .isNotEqualTo(JavaNames.constant(b.toUpperCase(java.util.Locale.ROOT)));
    }

    @Property(tries = 300)
    void distinctLongMemberNamesStayDistinct(@ForAll("longMemberNames") String a, @ForAll("longMemberNames") String b) {
        Assume.that(!a.equals(b));

        assertThat(JavaNames.lowerCamel(a)).isNotEqualTo(JavaNames.lowerCamel(b));
    }

    @Property(tries = 100)
    void aServicePackageIsLowerCaseAndDistinctIdsWithDistinctLettersStayDistinct(@ForAll("longTypeNames") String a,
                                                                                @ForAll("longTypeNames") String b) {
        Assume.that(!a.equals(b));

        assertThat(JavaNames.servicePackage(a)).isEqualTo(JavaNames.servicePackage(a).toLowerCase(java.util.Locale.ROOT))
                .isNotEqualTo(JavaNames.servicePackage(b));
    }

    /** Any text, from empty to a 10,000-character line: words, punctuation, digits, Korean, any code point. */
    @Provide
    Arbitrary<String> docsText() {
        Arbitrary<String> words = Arbitraries.strings().withChars("abcxyzABCXYZ019 -_.:'’/()").ofMaxLength(200);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> korean = Arbitraries.strings().withCharRange('가', '힣').withChars(" ").ofMaxLength(100);
        Arbitrary<String> long10000 = Arbitraries.strings().withChars("Aa ").ofLength(10_000);
        return Arbitraries.oneOf(words, any, korean, long10000, words.list().ofMaxSize(60).map(l -> String.join(" ", l)));
    }

    /**
     * Longer than the bound, and already in the form the names keep as they are (a letter, then letters and digits,
     * no separator), so distinct texts are distinct names before they are bounded.
     */
    @Provide
    Arbitrary<String> longTypeNames() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(BoundedName.MAX_LENGTH)
                .ofMaxLength(300).map(s -> "X" + s);
    }

    @Provide
    Arbitrary<String> longMemberNames() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(BoundedName.MAX_LENGTH).ofMaxLength(300).map(s -> "x" + s);
    }
}
