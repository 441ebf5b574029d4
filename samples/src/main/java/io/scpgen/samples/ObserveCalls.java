package io.scpgen.samples;

import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.runtime.interceptor.ScpCallContext;
import io.scpgen.runtime.interceptor.ScpInterceptor;
import io.scpgen.scp.virtualserver.VirtualServerClient;
import io.scpgen.scp.virtualserver.request.ListImagesRequest;
import io.scpgen.scp.virtualserver.request.ListKeypairsRequest;
import io.scpgen.scp.virtualserver.request.ListPendingImagesRequest;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Watching calls in production: the runtime's wire log at DEBUG (one line per attempt, through java.util.logging
 * here; SLF4J or Log4j 2 take it through their System.Logger bridges), metrics per call from an interceptor, and a
 * call with its own timeout and header.
 */
final class ObserveCalls implements Sample {

    @Override
    public String name() {
        return "observe";
    }

    @Override
    public String summary() {
        return "log every call at DEBUG and print per-call metrics from an interceptor";
    }

    @Override
    @SuppressWarnings("deprecation") // images and keypairs are listed only in versions that are now deprecated
    public void run(ScpClientConfiguration configuration, PrintStream out) {
        try (WireLogToStream wireLog = WireLogToStream.at(out);
             VirtualServerClient client = VirtualServerClient.create(configuration.toBuilder()
                     .addInterceptor(new CallMetrics(out)).build())) {
            client.pendingImages().listPendingImages(ListPendingImagesRequest.builder().build());
            client.keypairs().listKeypairs(ListKeypairsRequest.builder().build());
            // this call only: a shorter timeout and a header of its own, the client's settings for the rest
            client.images().listImages(ListImagesRequest.builder().limit(1L)
                    .overrideConfiguration(o -> o.requestTimeout(Duration.ofSeconds(10))
                            .putHeader("X-Request-Tag", "observe-sample"))
                    .build());
        }
    }

    /** Prints each call's operation, API version, attempts, last status and total time when it ends. */
    private static final class CallMetrics implements ScpInterceptor {
        private final PrintStream out;

        CallMetrics(PrintStream out) {
            this.out = out;
        }

        @Override
        public void onSuccess(ScpCallContext context, Object result) {
            print(context, "ok");
        }

        @Override
        public void onFailure(ScpCallContext context, Throwable failure) {
            print(context, "failed");
        }

        private void print(ScpCallContext context, String outcome) {
            out.println("metrics " + context.operationName() + "  API " + context.apiVersion() + "  " + outcome
                    + "  attempts " + context.attempts() + "  status "
                    + (context.lastStatus().isPresent() ? String.valueOf(context.lastStatus().getAsInt()) : "-")
                    + "  " + context.elapsed().toMillis() + " ms");
        }
    }
}
