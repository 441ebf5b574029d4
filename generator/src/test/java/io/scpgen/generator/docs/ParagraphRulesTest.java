package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphRulesTest {

    @Test
    void aBoldLabelParagraphIsTheLabelsHeading() {
        // <p><strong>Parameters</strong></p>
        assertThat(ParagraphRules.labelsAsHeadings(List.of(new Block.Paragraph(4, "Parameters"),
                new Block.Paragraph(5, "parameters"), new Block.Paragraph(6, "Parameters of the call"))))
                .containsExactly(new Block.Heading(4, null, "Parameters"), new Block.Paragraph(5, "parameters"),
                        new Block.Paragraph(6, "Parameters of the call"));
    }

    @Test
    void aStateLabelAndItsValueInTwoBlocksAreOneStatusStatement() {
        // <dl><dt>상태</dt><dd>ACTIVE (CURRENT)</dd></dl>, and <h4>State</h4><p>ACTIVE (SUPPORTED)</p>
        assertThat(ParagraphRules.joinSplitStatus(List.of(
                new Block.Paragraph(3, "상태"), new Block.Paragraph(4, "ACTIVE (CURRENT)"),
                new Block.Heading(8, null, "State"), new Block.Paragraph(9, "ACTIVE (SUPPORTED)"))))
                .containsExactly(new Block.Paragraph(3, "상태 ACTIVE (CURRENT)"),
                        new Block.Paragraph(8, "State ACTIVE (SUPPORTED)"));
    }

    @Test
    void aStateWordFollowedByOtherTextStaysText() {
        List<Block> blocks = List.of(new Block.Paragraph(3, "상태"), new Block.Paragraph(4, "서버 상태를 조회한다."),
                new Block.Paragraph(5, "State ACTIVE (CURRENT)"), new Block.Paragraph(6, "ACTIVE (CURRENT)"));

        assertThat(ParagraphRules.joinSplitStatus(blocks)).isEqualTo(blocks);
    }

    @Test
    void theRulesApplyToAPageWhoseStateIsADefinitionList() {
        List<Block> blocks = new HtmlPageReader().read(SourceDocument.of("p.html", """
                <main><h1>1 - 1.3</h1>
                <p><strong>Description</strong></p>
                <dl><dt>상태</dt><dd>ACTIVE (CURRENT)</dd></dl></main>
                """), new Diagnostics());

        assertThat(blocks).containsExactly(new Block.Heading(1, "1", "1.3"), new Block.Heading(2, null, "Description"),
                new Block.Paragraph(3, "상태 ACTIVE (CURRENT)"));
    }
}
