package io.scpgen.generator.cli;

import io.scpgen.generator.fetch.Manifest;
import io.scpgen.generator.fetch.PageFetcher;
import io.scpgen.generator.fetch.SnapshotUpdate;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scpgen fetch}: downloads pages of the doc site into a snapshot folder, with a manifest. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Downloads HTML pages of the doc site into DIR (named from their URL paths) with"
                + " DIR/manifest.json (URL, fetch time, SHA-256 per file). All pages or none: a page that cannot"
                + " be fetched leaves DIR as it was. Unchanged pages leave their files and manifest entries alone.")
final class FetchCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--url", required = true, arity = "1..*", paramLabel = "URL",
            description = "Pages to fetch, e.g. the print view .../apireference/compute/virtualserver/_print/.")
    List<URI> urls;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The snapshot folder (created if absent).")
    Path out;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time for each page, whole: connecting, redirects, headers and the last byte of its body"
                    + " (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "20000000",
            description = "The largest page accepted (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return fetch(err);
        } finally {
            err.flush();
        }
    }

    private int fetch(PrintWriter err) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("scpgen: nothing fetched: --out " + out + " is a file: expected a folder");
            return ExitCodes.USER_ERROR;
        }
        if (timeoutSeconds < 1 || maxBytes < 1) {
            err.println("scpgen: nothing fetched: --timeout and --max-size must be positive");
            return ExitCodes.USER_ERROR;
        }
        PageFetcher fetcher = new PageFetcher(Duration.ofSeconds(timeoutSeconds), maxBytes,
                "scpgen/" + ScpgenCommand.version() + " (SCP API docs snapshot)");
        SnapshotUpdate.Result result;
        try {
            result = new SnapshotUpdate(fetcher, Clock.systemUTC()).update(out, urls);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            err.println("scpgen: nothing fetched: cannot use " + out + " (" + reason + "): expected a writable"
                    + " folder whose " + Manifest.FILE_NAME + " scpgen fetch wrote");
            return ExitCodes.USER_ERROR;
        }
        result.failures().forEach(f -> err.println("scpgen: fetch " + f.url() + ": " + f.reason()));
        if (!result.failures().isEmpty()) {
            err.println("scpgen: nothing written to " + out + ": " + result.failures().size() + " of "
                    + urls.stream().distinct().count() + " pages could not be fetched");
            return ExitCodes.USER_ERROR;
        }
        result.fetched().forEach(p -> err.println("fetch: " + p.url() + " -> " + out.resolve(p.file()) + ": "
                + p.change().name().toLowerCase(Locale.ROOT)));
        long written = result.fetched().stream().filter(p -> p.change() == SnapshotUpdate.Change.WRITTEN).count();
        err.println("fetch: " + result.fetched().size() + (result.fetched().size() == 1 ? " page, " : " pages, ")
                + written + " written, "
                + (result.fetched().size() - written) + " unchanged; manifest " + out.resolve(Manifest.FILE_NAME));
        return ExitCodes.OK;
    }
}
