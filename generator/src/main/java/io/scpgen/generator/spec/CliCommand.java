package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A command of the SCP command line, linked to the operation it calls.
 *
 * @param command   the command words, {@code scp-cli virtualserver image member list}
 * @param operation the operation key it calls, {@code GET /v1/images/{image_id}/members}; null when no operation matches
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CliCommand(String command, String title, String operation, List<CliVariant> variants) {

    public CliCommand {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }
}
