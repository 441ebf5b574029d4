package io.scpgen.generator.docs;

import java.util.ArrayList;
import java.util.List;

/** The rules that give short text blocks of an HTML page the meaning the text readers give the same lines. */
final class ParagraphRules {

    private ParagraphRules() {
    }

    static List<Block> apply(List<Block> blocks) {
        return labelsAsHeadings(joinSplitStatus(blocks));
    }

    /**
     * Rule: a paragraph that is only a section label ({@code <p><strong>Parameters</strong></p>}) is that label's
     * heading, as if the page had written {@code <h2>Parameters</h2>}.
     */
    static List<Block> labelsAsHeadings(List<Block> blocks) {
        return blocks.stream().map(b -> b instanceof Block.Paragraph p && LineShapes.isLabel(p.text())
                ? new Block.Heading(p.line(), null, p.text()) : b).toList();
    }

    /**
     * Rule: a state label and its value in two blocks ({@code <dt>State</dt><dd>ACTIVE (SUPPORTED)</dd>}, or a
     * heading {@code 상태} then a paragraph) are one status statement, {@code State ACTIVE (SUPPORTED)}.
     */
    static List<Block> joinSplitStatus(List<Block> blocks) {
        List<Block> joined = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String label = textOf(blocks.get(i));
            if (label != null && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Paragraph value
                    && !LineShapes.STATUS_LINE.matcher(label).matches()
                    && LineShapes.STATUS_LINE.matcher(label + " " + value.text()).matches()) {
                joined.add(new Block.Paragraph(blocks.get(i).line(), label + " " + value.text()));
                i++;
            } else {
                joined.add(blocks.get(i));
            }
        }
        return joined;
    }

    /** The text of a paragraph or an unnumbered heading; null for other blocks. */
    private static String textOf(Block block) {
        if (block instanceof Block.Paragraph p) {
            return p.text();
        }
        return block instanceof Block.Heading h && h.number() == null ? h.text() : null;
    }
}
