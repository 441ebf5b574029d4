package io.scpgen.maven;

import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.versions.LiveVersions;
import io.scpgen.generator.versions.VersionCheckException;
import io.scpgen.generator.versions.VersionDrift;
import io.scpgen.generator.versions.VersionTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Logs, per service, the API versions the docs give beside the ones the live service lists ({@code GET /}), and
 * whether the docs are stale: the live service has a version they lack, or one they call PLANNED is now CURRENT or
 * SUPPORTED. The live endpoint is {@code endpoint}, or else the runtime's configuration ({@code SCP_ENDPOINT_URL},
 * {@code SCP_REGION} and {@code SCP_ENVIRONMENT}, {@code ~/.scpconf/config.json}); with neither, only the docs are
 * listed. Stale docs fail the build only with {@code failOnStale}.
 */
@Mojo(name = "versions", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class VersionsMojo extends DocsMojo {

    /** The live service's endpoint, for every service chosen; the runtime's configuration when not set. */
    @Parameter(property = "scpgen.endpoint")
    String endpoint;

    /** Fail the build when the docs are stale (the table is logged first). */
    @Parameter(property = "scpgen.failOnStale", defaultValue = "false")
    boolean failOnStale;

    /** The environment variables the configuration chain reads; tests give their own. */
    Function<String, String> environment = System::getenv;

    /** The folder holding {@code .scpconf}; null for {@code user.home}. Tests give their own. */
    Path home;

    @Override
    void run() throws MojoFailureException {
        List<VersionDrift> drifts = new ArrayList<>();
        try {
            // the endpoint and credentials first: a bad one is said before the docs are read
            LiveVersions live = LiveVersions.configure(endpoint, environment, home);
            for (ServiceSpec service : loadServices()) {
                drifts.add(live.drift(service));
            }
        } catch (VersionCheckException e) {
            throw new MojoFailureException("no versions compared: " + e.getMessage());
        }
        List<String> findings = drifts.stream().flatMap(drift -> drift.findings().stream()).toList();
        for (String line : VersionTable.lines(drifts)) {
            if (findings.isEmpty()) {
                getLog().info(line);
            } else {
                getLog().warn(line);
            }
        }
        if (failOnStale && !findings.isEmpty()) {
            throw new MojoFailureException("the docs are stale (failOnStale is on):\n"
                    + String.join("\n", findings));
        }
    }
}
