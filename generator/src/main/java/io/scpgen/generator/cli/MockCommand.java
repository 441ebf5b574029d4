package io.scpgen.generator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.SpecJson;
import io.scpgen.mock.DocsMock;
import io.scpgen.mock.MockScpServer;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scpgen mock}: serves the docs mock on 127.0.0.1 until stopped, for curl and other SDKs. */
@Command(name = "mock", mixinStandardHelpOptions = true,
        description = "Serves every documented call with the docs' example response on 127.0.0.1 until stopped.")
final class MockCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DocsOptions input;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The port to listen on (default: any free port).")
    int port;

    /** Counted down to stop serving (Ctrl-C does it through the shutdown hook). */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) {
            err.println("scpgen: --port " + port + " is not a port: expected 0 to 65535");
            return ExitCodes.USER_ERROR;
        }
        Optional<List<ServiceSpec>> loaded = input.load(err, "no mock started");
        if (loaded.isEmpty()) {
            err.flush();
            return ExitCodes.USER_ERROR;
        }
        MockScpServer server;
        try {
            server = DocsMock.start(loaded.get().stream()
                    .map(service -> (JsonNode) SpecJson.mapper().valueToTree(service)).toList(), port);
        } catch (java.io.UncheckedIOException e) {
            err.println("scpgen: cannot listen on port " + port + ": " + e.getCause().getMessage());
            return ExitCodes.USER_ERROR;
        }
        try (server) {
            Thread hook = new Thread(stop::countDown);
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("docs mock: " + server.baseUri());
            out.println("credentials: SCP_ACCESS_KEY=" + DocsMock.CREDENTIALS.accessKey() + " SCP_SECRET_KEY="
                    + DocsMock.CREDENTIALS.secretKey());
            out.println("every call needs Scp-Api-Version: <service> <version> (services: " + loaded.get().stream()
                    .map(ServiceSpec::name).collect(java.util.stream.Collectors.joining(", "))
                    + ") and a valid Scp-Signature; GET / answers the version information of the service it names;"
                    + " stop with Ctrl-C");
            out.flush();
            stop.await();
            return ExitCodes.OK;
        }
    }
}
