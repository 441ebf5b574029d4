package io.scpgen.samples;

import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.scp.virtualserver.model.ImageShowResponse;
import io.scpgen.scp.virtualserver.request.ListImagesRequest;
import io.scpgen.scp.virtualserver.v1_1.VirtualServerClient;
import java.io.PrintStream;

/** Lists every image, walking the pages with {@code limit} and {@code marker}. */
final class ListImages implements Sample {

    @Override
    public String name() {
        return "list-images";
    }

    @Override
    public String summary() {
        return "list every image, page by page (API 1.1)";
    }

    @Override
    @SuppressWarnings("deprecation") // listing images is documented for 1.0 and 1.1 only; 1.1 is deprecated
    public void run(ScpClientConfiguration configuration, PrintStream out) {
        try (VirtualServerClient client = VirtualServerClient.create(configuration)) {
            int count = 0;
            for (ImageShowResponse image : client.images().listImagesPaginator(
                    ListImagesRequest.builder().limit(20).build())) {
                out.println("image " + image.id() + "  " + image.name() + "  " + image.status() + "  "
                        + image.visibility());
                count++;
            }
            out.println(count + " image" + (count == 1 ? "" : "s"));
        }
    }
}
