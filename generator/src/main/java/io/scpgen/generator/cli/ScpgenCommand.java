package io.scpgen.generator.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scpgen}: the command line. Exit codes: 0 success, 1 a failure of scpgen itself, 2 a usage or input error. */
@Command(name = "scpgen", mixinStandardHelpOptions = true, versionProvider = ScpgenCommand.Version.class,
        description = "Generates SDKs, specs and reports from Samsung Cloud Platform API documentation.")
public final class ScpgenCommand implements Runnable {

    /** The subcommands in the order {@code scpgen --help} lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("spec", SpecCommand::new);
        SUBCOMMANDS.put("openapi", OpenApiCommand::new);
        SUBCOMMANDS.put("generate", GenerateCommand::new);
        SUBCOMMANDS.put("mock", MockCommand::new);
        SUBCOMMANDS.put("fetch", FetchCommand::new);
        SUBCOMMANDS.put("diff", DiffCommand::new);
        SUBCOMMANDS.put("versions", VersionsCommand::new);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int execute(String... args) {
        return commandLine(args).execute(args);
    }

    /**
     * The configured command line for {@code args}; a failure of scpgen itself is one line on stderr and exit code
     * 1. Picocli reads a command's annotations when it is added, tens of milliseconds for all seven on a cold JVM, so
     * when the first argument names a subcommand only that one is added; otherwise ({@code --help}, a typo) all are.
     */
    public static CommandLine commandLine(String... args) {
        // no option takes a date, time or SQL type: picocli need not load and start java.time for its converters
        System.getProperties().putIfAbsent("picocli.converters.excludes", "java\\.(time|sql)\\..*");
        CommandLine commandLine = new CommandLine(new ScpgenCommand());
        String first = args.length == 0 ? "" : args[0];
        SUBCOMMANDS.forEach((name, command) -> {
            if (!SUBCOMMANDS.containsKey(first) || name.equals(first)) {
                commandLine.addSubcommand(name, command.get());
            }
        });
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
