package io.scpgen.runtime.testing;

import io.scpgen.runtime.RetryPolicy;
import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.runtime.ScpClientHandler;
import io.scpgen.runtime.auth.ScpCredentials;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** A handler wired to a loopback server with a fixed clock, a recording sleeper and fixed jitter. */
public final class TestSetup {
    public static final String ACCESS_KEY = "AKTEST0123";
    public static final String SECRET_KEY = "sEcReT-Do-Not-Leak-9f8e7d";
    public static final String ACCOUNT_ID = "acct-42";
    /** A home folder that does not exist, so it has no .scpconf. */
    public static final Path HOME_WITHOUT_SCPCONF = Path.of("target", "home-without-scpconf");
    public static final Instant START = Instant.ofEpochMilli(1_700_000_000_000L);

    public final LoopbackServer server;
    public final MutableClock clock = new MutableClock(START);
    public final RecordingSleeper sleeper = new RecordingSleeper(clock);

    public TestSetup(LoopbackServer server) {
        this.server = server;
    }

    /** A configuration builder with no environment variables and no ~/.scpconf, so nothing from the machine leaks in. */
    public ScpClientConfiguration.Builder configuration() {
        return ScpClientConfiguration.builder()
                .environmentVariables(Map.<String, String>of()::get)
                .homeDirectory(HOME_WITHOUT_SCPCONF)
                .credentials(ScpCredentials.of(ACCESS_KEY, SECRET_KEY, ACCOUNT_ID))
                .endpointOverride(server.baseUri())
                .requestTimeout(Duration.ofSeconds(5))
                .clock(clock)
                .sleeper(sleeper)
                .random(new FixedRandom(0.5));
    }

    public ScpClientHandler handler() {
        return ScpClientHandler.create("virtualserver", configuration().build());
    }

    public ScpClientHandler handler(RetryPolicy retryPolicy) {
        return ScpClientHandler.create("virtualserver", configuration().retryPolicy(retryPolicy).build());
    }
}
