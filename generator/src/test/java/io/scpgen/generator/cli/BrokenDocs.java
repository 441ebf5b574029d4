package io.scpgen.generator.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Doc pages with an error in them, for the commands' {@code --strict} tests. */
final class BrokenDocs {

    private BrokenDocs() {
    }

    /** {@code folder/bad.txt}: one operation whose line 6 has the unknown schema {@code strng}. */
    static Path unknownSchema(Path folder) throws IOException {
        return Files.writeString(folder.resolve("bad.txt"), """
                1 - 1.3
                get /v1/things
                Parameters
                | Type | Name | Description | Schema | Default |
                |---|
                | query | limit optional | 개수 | strng | None |
                Request header
                "Scp-Api-Version = things 1.3"
                """, StandardCharsets.UTF_8);
    }
}
