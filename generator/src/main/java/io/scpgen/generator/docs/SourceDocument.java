package io.scpgen.generator.docs;

import io.scpgen.generator.spec.Diagnostics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page of the docs as text lines.
 *
 * @param name  how diagnostics name the file (the path as the user gave it)
 * @param lines the lines without line ends; line {@code n} of the file is {@code lines.get(n - 1)}
 */
public record SourceDocument(String name, List<String> lines) {

    public SourceDocument {
        lines = List.copyOf(lines);
    }

    public static SourceDocument of(String name, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new SourceDocument(name, splitLines(body));
    }

    /** The lines between line ends ({@code \r\n}, {@code \r} or {@code \n}); a final line end gives a last "". */
    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /**
     * Reads a file as strict UTF-8. Bytes that are not text (a NUL, an invalid UTF-8 sequence) give an error
     * with the line they are on, and no document.
     */
    public static Optional<SourceDocument> load(Path file, String name, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(name, 0, "cannot read the file (" + e.getMessage()
                    + "): expected a readable doc page");
            return Optional.empty();
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                diagnostics.error(name, lineOf(bytes, i), "binary content (a NUL byte): expected a text page of the docs");
                return Optional.empty();
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        try {
            return Optional.of(of(name, decoder.decode(input).toString()));
        } catch (CharacterCodingException e) {
            diagnostics.error(name, lineOf(bytes, input.position()),
                    "invalid UTF-8 near byte " + input.position() + ": expected a UTF-8 text page of the docs");
            return Optional.empty();
        }
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    public int lineCount() {
        return lines.size();
    }

    /** Line {@code n} (1-based), or empty past the end. */
    public String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    public boolean isBlank() {
        return lines.stream().allMatch(String::isBlank);
    }
}
