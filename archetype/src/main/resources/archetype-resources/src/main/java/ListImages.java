package ${package};

import ${package}.virtualserver.VirtualServerClient;
import ${package}.virtualserver.model.ImageShowResponse;
import ${package}.virtualserver.request.ListImagesRequest;
import java.io.PrintStream;

/**
 * Lists the account's images with the current Virtual Server client, which calls each operation at the newest API
 * version the docs in {@code src/main/scp-docs} document for it.
 *
 * <p>Run it with {@code SCP_ACCESS_KEY}, {@code SCP_SECRET_KEY} and either {@code SCP_REGION} and
 * {@code SCP_ENVIRONMENT} or {@code SCP_ENDPOINT_URL} set: {@code mvn -q compile exec:java}.
 */
public final class ListImages {

    private ListImages() {
    }

    public static void main(String[] args) {
        try (VirtualServerClient client = VirtualServerClient.create()) {
            printImages(client, System.out);
        }
    }

    /**
     * Prints every image, one line each, fetching 20 at a time.
     *
     * @return how many images were printed
     */
    @SuppressWarnings("deprecation") // the docs document listing images for API 1.0 and 1.1 only; 1.1 is deprecated
    public static int printImages(VirtualServerClient client, PrintStream out) {
        int count = 0;
        for (ImageShowResponse image : client.images().listImagesPaginator(
                ListImagesRequest.builder().limit(20).build())) {
            out.println(image.id() + "  " + image.name() + "  " + image.status());
            count++;
        }
        return count;
    }
}
