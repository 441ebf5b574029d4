package io.scpgen.generator.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rule: a {@code <pre>} block is named by what it holds, as the text readers name the same lines: a JSON example
 * (it opens with a bracket), an example request's header lines ({@code "Scp-Accesskey = ...",}), a command-line
 * call ({@code scp-cli ...} and its option lines), or else plain text such as a request path.
 */
final class PreformattedBlock {

    private PreformattedBlock() {
    }

    /** The blocks of the preformatted {@code text} that starts on source line {@code line}. */
    static List<Block> of(int line, String text) {
        List<String> lines = Arrays.stream(text.split("\n")).map(String::trim).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return List.of();
        }
        if (LineShapes.opensJson(lines.get(0))) {
            String json = text.strip();
            return List.of(new Block.Code(line, "json", json, JsonBalance.of(json).depth() == 0));
        }
        if (lines.stream().allMatch(l -> LineShapes.isHeaderExample(l))) {
            return List.of(new Block.Code(line, "headers", String.join("\n", lines), true));
        }
        if (LineShapes.isCliCommand(lines.get(0))) {
            return command(line, lines);
        }
        return List.of(new Block.Paragraph(line, String.join("\n", lines)));
    }

    /** The command and its option lines; lines after the options are text of their own, kept at the block's line. */
    private static List<Block> command(int line, List<String> lines) {
        int end = 1;
        while (end < lines.size() && LineShapes.CLI_OPTION.matcher(lines.get(end)).matches()) {
            end++;
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Code(line, "command", String.join("\n", lines.subList(0, end)), true));
        if (end < lines.size()) {
            blocks.add(new Block.Paragraph(line, String.join("\n", lines.subList(end, lines.size()))));
        }
        return blocks;
    }
}
