package io.scpgen.generator.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scpgen}: the command line. Exit codes: 0 success, 1 a failure of scpgen itself, 2 a usage or input error. */
@Command(name = "scpgen", mixinStandardHelpOptions = true, versionProvider = ScpgenCommand.Version.class,
        description = "Generates SDKs, specs and reports from Samsung Cloud Platform API documentation.",
        subcommands = {SpecCommand.class, OpenApiCommand.class, GenerateCommand.class, MockCommand.class,
                FetchCommand.class, DiffCommand.class})
public final class ScpgenCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line; a failure of scpgen itself is one line on stderr and exit code 1. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new ScpgenCommand());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("scpgen: internal error: " + e);
            return ExitCodes.FAILURE;
        });
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The version of the jar, {@code development} when run from classes. */
    static String version() {
        String version = ScpgenCommand.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"scpgen " + version()};
        }
    }
}
