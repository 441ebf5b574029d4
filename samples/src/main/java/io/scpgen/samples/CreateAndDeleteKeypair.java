package io.scpgen.samples;

import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.scp.virtualserver.model.KeypairCreateRequest;
import io.scpgen.scp.virtualserver.model.KeypairCreateResponse;
import io.scpgen.scp.virtualserver.request.CreateKeypairRequest;
import io.scpgen.scp.virtualserver.request.DeleteKeypairRequest;
import io.scpgen.scp.virtualserver.v1_1.VirtualServerClient;
import java.io.PrintStream;

/** Creates a keypair, then deletes it again. The private key is never printed. */
final class CreateAndDeleteKeypair implements Sample {

    static final String KEYPAIR = "scpgen-sample-keypair";

    @Override
    public String name() {
        return "keypair";
    }

    @Override
    public String summary() {
        return "create a keypair and delete it again (API 1.1)";
    }

    @Override
    @SuppressWarnings("deprecation") // keypairs are documented for 1.0 and 1.1 only; 1.1 is deprecated
    public void run(ScpClientConfiguration configuration, PrintStream out) {
        try (VirtualServerClient client = VirtualServerClient.create(configuration)) {
            KeypairCreateResponse created = client.keypairs().createKeypair(CreateKeypairRequest.builder()
                    .body(KeypairCreateRequest.builder().name(KEYPAIR).build()).build());
            out.println("created keypair " + created.name() + "  type " + created.type() + "  fingerprint "
                    + created.fingerprint() + "  private key " + (created.privateKey() == null ? "none" : "received"));
            client.keypairs().deleteKeypair(DeleteKeypairRequest.builder().keypairName(created.name()).build());
            out.println("deleted keypair " + created.name());
        }
    }
}
