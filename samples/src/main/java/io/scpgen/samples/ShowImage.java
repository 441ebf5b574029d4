package io.scpgen.samples;

import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.scp.virtualserver.model.ImageMemberShowResponse;
import io.scpgen.scp.virtualserver.model.ImageShowResponse;
import io.scpgen.scp.virtualserver.request.ListImagesRequest;
import io.scpgen.scp.virtualserver.request.ShowImageRequest;
import io.scpgen.scp.virtualserver.v1_1.VirtualServerClient;
import io.scpgen.scp.virtualserver.request.ListImageMembersRequest;
import java.io.PrintStream;

/** Shows the first image and the accounts it is shared with. */
final class ShowImage implements Sample {

    @Override
    public String name() {
        return "show-image";
    }

    @Override
    public String summary() {
        return "show an image (API 1.1) and its members (API 1.3)";
    }

    @Override
    @SuppressWarnings("deprecation") // showing an image is documented for 1.0 and 1.1 only; 1.1 is deprecated
    public void run(ScpClientConfiguration configuration, PrintStream out) {
        try (VirtualServerClient client = VirtualServerClient.create(configuration);
             var current = io.scpgen.scp.virtualserver.v1_3.VirtualServerClient.create(configuration)) {
            var images = client.images().listImages(ListImagesRequest.builder().limit(1L).build()).images();
            if (images == null || images.isEmpty()) {
                out.println("no image to show");
                return;
            }
            ImageShowResponse image = client.images().showImage(ShowImageRequest.builder()
                    .imageId(images.get(0).id()).build());
            out.println("image " + image.id() + "  " + image.name() + "  " + image.osDistro() + "  min disk "
                    + image.minDisk() + " GB");
            var members = current.images().listImageMembers(ListImageMembersRequest.builder()
                    .imageId(image.id()).build()).members();
            for (ImageMemberShowResponse member : members == null ? java.util.List.<ImageMemberShowResponse>of()
                    : members) {
                out.println("member " + member.memberId() + "  " + member.status());
            }
        }
    }
}
