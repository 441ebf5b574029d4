package io.scpgen.generator.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The notice the doc site's print views open with, as text exports of the English and Korean sites print it:
 * <pre>
 * This is the multi-page printable view of this section. Click here to print.
 * Return to the regular view of this page.
 * 이 섹션의 다중 페이지 출력 화면임. 여기를 클릭하여 프린트.
 * 이 페이지의 일반 화면으로 돌아가기.
 * </pre>
 */
class PrintViewNoticeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "This is the multi-page printable view of this section. Click here to print.",
        "Return to the regular view of this page.",
        "이 섹션의 다중 페이지 출력 화면임. 여기를 클릭하여 프린트.",
        "이 페이지의 일반 화면으로 돌아가기.",
    })
    void readsTheLinesOfThePrintView(String line) {
        assertThat(PrintViewNotice.isNotice(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "  This is the multi-page printable view of this section.  Click here to print  ",
        "This is the multi-page printable view of this section.",
        "Click here to print.",
        "This is the multi-page printable view of this section.\nClick here to print.\nReturn to the regular view of this page.",
        "This is the multi-page printable view of this section. Click here to print. Return to the regular view of this page.",
        "this is the multi-page printable view of this section. click here to print!",
        "This is the multipage printable view of this section",
        "\u00A0Return\u00A0to the regular view of this page\u00A0.",
        "이 섹션의 다중 페이지 출력 화면임.여기를 클릭하여 프린트",
        "\t이 페이지의 일반 화면으로 돌아가기 ",
        "이 섹션의 다중 페이지 출력 화면임。 여기를 클릭하여 프린트。",
    })
    void acceptsSmallVariationsOfSpaceCaseAndPunctuation(String line) {
        assertThat(PrintViewNotice.isNotice(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "Networking",
        "1 - Direct Connect",
        "This is the multi-page printable view of this section. Click here to print. Networking",
        "Click here to print the invoice.",
        "Return to the regular view of this page before you call the API.",
        "This is the list of images pending sharing.",
        "Retrieve a list of images pending sharing.",
        "이미지 목록 조회",
        "이 페이지의 일반 화면으로 돌아가기 전에 저장하세요.",
    })
    void leavesTextThatSaysAnythingElse(String text) {
        assertThat(PrintViewNotice.isNotice(text)).isFalse();
    }
}
