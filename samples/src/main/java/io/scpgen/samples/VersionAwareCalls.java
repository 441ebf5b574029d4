package io.scpgen.samples;

import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.scp.virtualserver.v1_1.ListKeypairsRequest;
import io.scpgen.scp.virtualserver.v1_3.ListPendingImagesRequest;
import java.io.PrintStream;

/**
 * Uses the newest API version that documents each call: 1.3 where the operation has it, 1.1 otherwise. Each
 * version's client has exactly that version's operations, so the compiler tells which version has what.
 */
final class VersionAwareCalls implements Sample {

    @Override
    public String name() {
        return "version-aware";
    }

    @Override
    public String summary() {
        return "call with API 1.3 where the operation has it, 1.1 otherwise";
    }

    @Override
    @SuppressWarnings("deprecation") // the 1.1 client serves the calls 1.3 does not document
    public void run(ScpClientConfiguration configuration, PrintStream out) {
        try (var v13 = io.scpgen.scp.virtualserver.v1_3.VirtualServerClient.create(configuration);
             var v11 = io.scpgen.scp.virtualserver.v1_1.VirtualServerClient.create(configuration)) {
            var pending = v13.pendingImages().listPendingImages(ListPendingImagesRequest.builder().build());
            out.println("pending images (API 1.3): " + pending.images().size() + ", GPU driver of the first: "
                    + (pending.images().isEmpty() ? "-" : pending.images().get(0).scpGpuDriver()));
            var keypairs = v11.keypairs().listKeypairs(ListKeypairsRequest.builder().build());
            out.println("keypairs (API 1.1, the newest version that documents them): " + keypairs.keypairs().size());
        }
    }
}
