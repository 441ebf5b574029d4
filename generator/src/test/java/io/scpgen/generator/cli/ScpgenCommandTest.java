package io.scpgen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The root command: which subcommands it builds for which arguments, and what it says without one. */
class ScpgenCommandTest {

    @Test
    void helpListsEverySubcommandInOrder() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsSubsequence("spec", "openapi", "generate", "mock", "fetch", "diff", "versions");
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        CommandLine commandLine = ScpgenCommand.commandLine("generate", "--docs", "x", "--out", "y");

        assertThat(commandLine.getSubcommands()).containsOnlyKeys("generate");
    }

    @Test
    void withoutASubcommandNameAllAreBuilt() {
        assertThat(ScpgenCommand.commandLine("--version").getSubcommands())
                .containsOnlyKeys("spec", "openapi", "generate", "mock", "fetch", "diff", "versions");
        assertThat(ScpgenCommand.commandLine().getSubcommands()).hasSize(7);
    }

    @Test
    void aMistypedSubcommandIsAUsageErrorThatSuggestsTheRightOne() {
        CliRun run = CliRun.of("generat", "--docs", "x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("generat").contains("generate");
    }

    @Test
    void noSubcommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a command is required");
    }

    @Test
    void aSubcommandsHelpWorksWhenOnlyItIsBuilt() {
        CliRun run = CliRun.of("generate", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: scpgen generate").contains("--versions");
    }
}
