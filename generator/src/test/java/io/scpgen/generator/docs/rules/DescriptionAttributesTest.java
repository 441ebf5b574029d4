package io.scpgen.generator.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.docs.rules.DescriptionAttributes.Attributes;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Description cells of virtualserver-api-reference-print-1.1.txt (one attribute a line) and of the pipe pages
 * (inline).
 */
class DescriptionAttributesTest {

    @Test
    void splitsTheFlattenedAttributesOfAutoScalingGroupName() {
        // model AutoScalingGroup, field name
        Attributes a = DescriptionAttributes.split("""
                Auto-Scaling Group 이름
                Example : auto-scaling-group-name
                Pattern : ^[a-zA-Z0-9-_]*$
                Minimum length : 1
                Maximum length : 63""");
        assertThat(a.description()).isEqualTo("Auto-Scaling Group 이름");
        assertThat(a.example()).isEqualTo("auto-scaling-group-name");
        assertThat(a.pattern()).isEqualTo("^[a-zA-Z0-9-_]*$");
        assertThat(a.minLength()).isEqualTo(1);
        assertThat(a.maxLength()).isEqualTo(63);
        assertThat(a.minimum()).isNull();
        assertThat(a.maximum()).isNull();
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void readsMinimumAndMaximumAsNumbers() {
        // model AutoScalingGroupLbServerGroup, field port
        Attributes a = DescriptionAttributes.split("""
                LB 서버 그룹 포트
                Example : 8080
                Minimum : 1
                Maximum : 65534""");
        assertThat(a.description()).isEqualTo("LB 서버 그룹 포트");
        assertThat(a.example()).isEqualTo("8080");
        assertThat(a.minimum()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(a.maximum()).isEqualByComparingTo(new BigDecimal("65534"));
        assertThat(a.minLength()).isNull();
        assertThat(a.maxLength()).isNull();
    }

    @Test
    void splitsAnInlineExampleOfAPipeCell() {
        // | query | scp_image_type optional | 이미지 타입 Example : custom | any of [string, null] | None |
        Attributes a = DescriptionAttributes.split("이미지 타입 Example : custom");
        assertThat(a.description()).isEqualTo("이미지 타입");
        assertThat(a.example()).isEqualTo("custom");
    }

    @Test
    void splitsSeveralInlineAttributesEachEndingAtTheNextLabel() {
        Attributes a = DescriptionAttributes.split(
                "Auto-Scaling Group 이름 Example : auto-scaling-group-name Pattern : ^[a-zA-Z0-9-_]*$ "
                        + "Minimum length : 1 Maximum length : 63");
        assertThat(a.description()).isEqualTo("Auto-Scaling Group 이름");
        assertThat(a.example()).isEqualTo("auto-scaling-group-name");
        assertThat(a.pattern()).isEqualTo("^[a-zA-Z0-9-_]*$");
        assertThat(a.minLength()).isEqualTo(1);
        assertThat(a.maxLength()).isEqualTo(63);
    }

    @Test
    void keepsAnExampleThatIsAPythonLiteralAsWritten() {
        // model AutoScalingGroup, field tags
        Attributes a = DescriptionAttributes.split("Tags\nExample : [{'key': 'key', 'value': 'value'}]");
        assertThat(a.description()).isEqualTo("Tags");
        assertThat(a.example()).isEqualTo("[{'key': 'key', 'value': 'value'}]");
    }

    @Test
    void keepsAnExampleThatLooksLikeASortExpression() {
        Attributes a = DescriptionAttributes.split("쉼표로 구분된 정렬 목록이며 <키>[:<방향>] 형식으로 지정\nExample : created_at:desc");
        assertThat(a.description()).isEqualTo("쉼표로 구분된 정렬 목록이며 <키>[:<방향>] 형식으로 지정");
        assertThat(a.example()).isEqualTo("created_at:desc");
    }

    @Test
    void leavesTheDescriptionEmptyWhenTheCellStartsWithALabel() {
        // model AutoScalingGroupScheduleCreateRequest, field day_of_month: the description line is blank
        Attributes a = DescriptionAttributes.split("Example : -1,1");
        assertThat(a.description()).isEmpty();
        assertThat(a.example()).isEqualTo("-1,1");
    }

    @Test
    void readsAMaximumWithoutAMinimum() {
        // model AutoScalingGroupScheduleCreateRequest, field hour
        Attributes a = DescriptionAttributes.split("시간\nExample : 9\nMaximum : 23");
        assertThat(a.maximum()).isEqualByComparingTo("23");
        assertThat(a.minimum()).isNull();
    }

    @Test
    void givesNoExampleWhenThereIsNoExampleLabel() {
        Attributes a = DescriptionAttributes.split("Notifications");
        assertThat(a.description()).isEqualTo("Notifications");
        assertThat(a.example()).isNull();
        assertThat(a.pattern()).isNull();
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void givesAnEmptyExampleForALabelWithNoValue() {
        Attributes a = DescriptionAttributes.split("설명\nExample :");
        assertThat(a.description()).isEqualTo("설명");
        assertThat(a.example()).isEmpty();
    }

    @Test
    void doesNotTakeALabelWordInsideTheDescriptionAsALabel() {
        Attributes a = DescriptionAttributes.split("Example value of the Pattern field\nExample : x");
        assertThat(a.description()).isEqualTo("Example value of the Pattern field");
        assertThat(a.example()).isEqualTo("x");
        assertThat(a.pattern()).isNull();
    }

    @Test
    void doesNotTakeALabelGluedToTheTextBeforeItAsALabel() {
        Attributes a = DescriptionAttributes.split("설명Example : x");
        assertThat(a.example()).isNull();
        assertThat(a.description()).isEqualTo("설명Example : x");
    }

    @Test
    void reportsALengthThatIsNotANumberAndKeepsTheRest() {
        Attributes a = DescriptionAttributes.split("이름\nMinimum length : one\nMaximum length : 63\nMinimum : 1.5x");
        assertThat(a.minLength()).isNull();
        assertThat(a.maxLength()).isEqualTo(63);
        assertThat(a.minimum()).isNull();
        assertThat(a.problems()).hasSize(2);
        assertThat(a.problems().get(0)).contains("Minimum length : one");
        assertThat(a.problems().get(1)).contains("Minimum : 1.5x");
    }
}
