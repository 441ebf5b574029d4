package io.scpgen.generator.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.docs.rules.CliValueSplit.Cells;
import io.scpgen.generator.docs.rules.CliValueSplit.FieldRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command-line reference cli-image-member-list-1.3.txt runs description and example together:
 * <pre>
 * NameTypeDescriptionExample
 * image_id
 * required
 * string이미지 ID70a599e0-31e7-49b7-b260-868f441e862b
 *
 * NameDescriptionExample
 * created_at생성일시2025-07-22T09:00:00Z
 * image_id이미지 ID70a599e0-31e7-49b7-b260-868f441e862b
 * member_id공유용 이미지 멤버 IDa8f10467abfc4b87b64614ab36eb9ae4
 * status이미지 멤버 상태. 승인 대기중, 승인 완료, 거부 중 하나의 값pending
 * updated_at수정일시2025-07-26T12:00:00Z
 * </pre>
 */
class CliValueSplitTest {

    @Test
    void splitsAUuidExampleFromItsDescription() {
        assertThat(CliValueSplit.split("이미지 ID70a599e0-31e7-49b7-b260-868f441e862b"))
                .isEqualTo(new Cells("이미지 ID", "70a599e0-31e7-49b7-b260-868f441e862b"));
    }

    @Test
    void splitsADateTimeExample() {
        assertThat(CliValueSplit.split("생성일시2025-07-22T09:00:00Z"))
                .isEqualTo(new Cells("생성일시", "2025-07-22T09:00:00Z"));
        assertThat(CliValueSplit.split("수정일시2025-07-26T12:00:00.123+09:00"))
                .isEqualTo(new Cells("수정일시", "2025-07-26T12:00:00.123+09:00"));
    }

    @Test
    void splitsAHexIdRightAfterAnUpperCaseWord() {
        assertThat(CliValueSplit.split("공유용 이미지 멤버 IDa8f10467abfc4b87b64614ab36eb9ae4"))
                .isEqualTo(new Cells("공유용 이미지 멤버 ID", "a8f10467abfc4b87b64614ab36eb9ae4"));
    }

    @Test
    void splitsALowerCaseWordRightAfterKoreanText() {
        assertThat(CliValueSplit.split("이미지 멤버 상태. 승인 대기중, 승인 완료, 거부 중 하나의 값pending"))
                .isEqualTo(new Cells("이미지 멤버 상태. 승인 대기중, 승인 완료, 거부 중 하나의 값", "pending"));
    }

    @Test
    void splitsANumberRightAfterKoreanText() {
        assertThat(CliValueSplit.split("크기2429747200")).isEqualTo(new Cells("크기", "2429747200"));
        assertThat(CliValueSplit.split("오프셋-1")).isEqualTo(new Cells("오프셋", "-1"));
        assertThat(CliValueSplit.split("OS 버전8.8")).isEqualTo(new Cells("OS 버전", "8.8"));
    }

    @Test
    void keepsTheWholeCellAsDescriptionWhenNoTrailingValueHasAMachineShape() {
        assertThat(CliValueSplit.split("이미지 ID")).isEqualTo(new Cells("이미지 ID", ""));
        assertThat(CliValueSplit.split("이미지 타입 custom")).as("a space: the word belongs to the description")
                .isEqualTo(new Cells("이미지 타입 custom", ""));
        assertThat(CliValueSplit.split("Image ID")).isEqualTo(new Cells("Image ID", ""));
        assertThat(CliValueSplit.split("  ")).isEqualTo(new Cells("", ""));
    }

    @Test
    void takesACellThatIsOnlyAValueAsTheExample() {
        assertThat(CliValueSplit.split("70a599e0-31e7-49b7-b260-868f441e862b"))
                .isEqualTo(new Cells("", "70a599e0-31e7-49b7-b260-868f441e862b"));
    }

    @Test
    void splitsEachResponseFieldRowIntoNameDescriptionAndExample() {
        assertThat(CliValueSplit.splitFieldRow("created_at생성일시2025-07-22T09:00:00Z"))
                .contains(new FieldRow("created_at", "생성일시", "2025-07-22T09:00:00Z"));
        assertThat(CliValueSplit.splitFieldRow("image_id이미지 ID70a599e0-31e7-49b7-b260-868f441e862b"))
                .contains(new FieldRow("image_id", "이미지 ID", "70a599e0-31e7-49b7-b260-868f441e862b"));
        assertThat(CliValueSplit.splitFieldRow("member_id공유용 이미지 멤버 IDa8f10467abfc4b87b64614ab36eb9ae4"))
                .contains(new FieldRow("member_id", "공유용 이미지 멤버 ID", "a8f10467abfc4b87b64614ab36eb9ae4"));
        assertThat(CliValueSplit.splitFieldRow("status이미지 멤버 상태. 승인 대기중, 승인 완료, 거부 중 하나의 값pending"))
                .contains(new FieldRow("status", "이미지 멤버 상태. 승인 대기중, 승인 완료, 거부 중 하나의 값", "pending"));
        assertThat(CliValueSplit.splitFieldRow("updated_at수정일시2025-07-26T12:00:00Z"))
                .contains(new FieldRow("updated_at", "수정일시", "2025-07-26T12:00:00Z"));
    }

    @Test
    void endsTheFieldNameAtACapitalOrASpace() {
        assertThat(CliValueSplit.splitFieldRow("idImage ID70a599e0-31e7-49b7-b260-868f441e862b"))
                .contains(new FieldRow("id", "Image ID", "70a599e0-31e7-49b7-b260-868f441e862b"));
        assertThat(CliValueSplit.splitFieldRow("volumes Requires --long option."))
                .contains(new FieldRow("volumes", "Requires --long option.", ""));
    }

    @ParameterizedTest(name = "[{0}] is not a response field row")
    @ValueSource(strings = {
        "NameDescriptionExample",   // the header starts with a capital
        "created_at",               // a name and nothing else
        "이미지 ID",                  // no name
        "_private설명",              // names start with a letter
        "",
    })
    void rejectsLinesWithoutANameAndMore(String line) {
        assertThat(CliValueSplit.splitFieldRow(line)).isEmpty();
    }
}
