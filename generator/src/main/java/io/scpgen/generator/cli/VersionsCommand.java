package io.scpgen.generator.cli;

import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.versions.LiveVersions;
import io.scpgen.generator.versions.VersionCheckException;
import io.scpgen.generator.versions.VersionDrift;
import io.scpgen.generator.versions.VersionTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scpgen versions}: the docs' API versions of each service beside the ones its live service lists on
 * {@code GET /}, and whether the docs are stale (a regenerate signal for CI).
 */
@Command(name = "versions", mixinStandardHelpOptions = true,
        description = {"Prints, per service, the API versions the docs give (status, supported-until date) and, with"
                + " an endpoint (--endpoint, or SCP_ENDPOINT_URL, SCP_REGION and SCP_ENVIRONMENT, or"
                + " ~/.scpconf/config.json), the versions the live service lists beside them.",
                "Exit codes: 0 the docs are up to date (or no endpoint is configured); 1 the docs are stale: the live"
                        + " service has a version they lack, or one they call PLANNED is CURRENT or SUPPORTED;"
                        + " 2 usage error, unreadable docs, a bad endpoint, no credentials for it, or the service"
                        + " unreachable."})
final class VersionsCommand implements Callable<Integer> {

    private static final String NOTHING_DONE = "no versions compared";

    @Spec
    CommandSpec spec;

    @Mixin
    DocsOptions input;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "The live service's endpoint, for every service chosen (a proxy, the docs mock);"
                    + " default: the runtime's configuration for each service.")
    String endpoint;

    private final Function<String, String> environment;
    private final Path home;

    VersionsCommand() {
        this(System::getenv, null);
    }

    /** With the environment variables and home folder the configuration chain reads (tests give their own). */
    VersionsCommand(Function<String, String> environment, Path home) {
        this.environment = environment;
        this.home = home;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try {
            return versions(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int versions(PrintWriter out, PrintWriter err) {
        try {
            // the endpoint and credentials first: a bad one is said before the docs are read
            LiveVersions live = LiveVersions.configure(endpoint, environment, home);
            Optional<List<ServiceSpec>> docs = input.load(err, NOTHING_DONE);
            if (docs.isEmpty()) {
                return ExitCodes.USER_ERROR;
            }
            List<VersionDrift> drifts = new ArrayList<>();
            for (ServiceSpec service : docs.get()) {
                drifts.add(live.drift(service));
            }
            VersionTable.lines(drifts).forEach(out::println);
            return drifts.stream().anyMatch(VersionDrift::stale) ? ExitCodes.STALE_DOCS : ExitCodes.OK;
        } catch (VersionCheckException e) {
            err.println("scpgen: " + NOTHING_DONE + ": " + e.getMessage());
            return ExitCodes.USER_ERROR;
        }
    }
}
