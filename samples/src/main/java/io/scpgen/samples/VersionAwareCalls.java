package io.scpgen.samples;

import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.scp.virtualserver.VirtualServerClient;
import io.scpgen.scp.virtualserver.request.ListKeypairsRequest;
import io.scpgen.scp.virtualserver.request.ListPendingImagesRequest;
import java.io.PrintStream;

/**
 * One client for every call, each at the newest API version that documents it: pending images at 1.3, keypairs at
 * 1.1 (the newest version that has them). The current client's method Javadoc names the version each call sends.
 */
final class VersionAwareCalls implements Sample {

    @Override
    public String name() {
        return "version-aware";
    }

    @Override
    public String summary() {
        return "the current client: each call at the newest API version that documents it";
    }

    @Override
    @SuppressWarnings("deprecation") // listing keypairs is documented only in versions that are now deprecated
    public void run(ScpClientConfiguration configuration, PrintStream out) {
        try (VirtualServerClient client = VirtualServerClient.create(configuration)) {
            var pending = client.pendingImages().listPendingImages(ListPendingImagesRequest.builder().build());
            out.println("pending images (API 1.3): " + pending.images().size() + ", GPU driver of the first: "
                    + (pending.images().isEmpty() ? "-" : pending.images().get(0).scpGpuDriver()));
            var keypairs = client.keypairs().listKeypairs(ListKeypairsRequest.builder().build());
            out.println("keypairs (API 1.1, the newest version that documents them): " + keypairs.keypairs().size());
        }
    }
}
