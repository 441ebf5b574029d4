package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreformattedBlockTest {

    @Test
    void aJsonExampleIsJsonCodeAndSaysWhetherItCloses() {
        assertThat(PreformattedBlock.of(7, "\n{\n    \"auth_key\": \"f5972fdb456897eb\"\n}\n")).containsExactly(
                new Block.Code(7, "json", "{\n    \"auth_key\": \"f5972fdb456897eb\"\n}", true));
        assertThat(PreformattedBlock.of(7, "{\n\"images\": [\n{\n\"id\": \"70a599e0\"\n}\n]"))
                .singleElement().satisfies(b -> assertThat(((Block.Code) b).complete()).isFalse());
    }

    @Test
    void exampleRequestHeaderLinesAreHeaderCode() {
        assertThat(PreformattedBlock.of(3, "\"Scp-Accesskey = 2sd2gg=2agbdSD26svcD\",\n"
                + "  \"Scp-Api-Version = virtualserver 1.1\"\n")).containsExactly(new Block.Code(3, "headers",
                "\"Scp-Accesskey = 2sd2gg=2agbdSD26svcD\",\n\"Scp-Api-Version = virtualserver 1.1\"", true));
    }

    @Test
    void aCommandLineCallIsCommandCodeWithItsOptionLines() {
        assertThat(PreformattedBlock.of(5, "scp-cli virtualserver image member list\n  --image_id <value>\n  [--long]\n"
                + "Options in brackets are optional."))
                .containsExactly(new Block.Code(5, "command",
                                "scp-cli virtualserver image member list\n--image_id <value>\n[--long]", true),
                        new Block.Paragraph(5, "Options in brackets are optional."));
    }

    @Test
    void otherPreformattedTextIsAParagraph() {
        assertThat(PreformattedBlock.of(9, "/v1/volume-transfer/{transfer_id}/accept"))
                .containsExactly(new Block.Paragraph(9, "/v1/volume-transfer/{transfer_id}/accept"));
        assertThat(PreformattedBlock.of(9, "  \n ")).isEqualTo(List.of());
    }
}
