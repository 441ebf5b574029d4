package io.scpgen.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** Stand-ins for the generated ImageListResponse and its request body. */
final class ImageModels {
    private ImageModels() {
    }

    /** One image with the fields the SCP docs show for an image. */
    record Image(
            @JsonProperty("id") String id,
            @JsonProperty("name") String name,
            @JsonProperty("os_distro") String osDistro,
            @JsonProperty("os_version") String osVersion,
            @JsonProperty("status") String status,
            @JsonProperty("visibility") String visibility,
            @JsonProperty("disk_format") String diskFormat,
            @JsonProperty("min_disk") Integer minDisk,
            @JsonProperty("size") Long size,
            @JsonProperty("created_at") OffsetDateTime createdAt) {
    }

    record ImageListResponse(@JsonProperty("count") Integer count, @JsonProperty("images") List<Image> images) {
    }

    record CreateImageRequest(@JsonProperty("name") String name, @JsonProperty("os_distro") String osDistro,
                              @JsonProperty("description") String description) {
    }

    static final String ONE_IMAGE_JSON = "{\"count\":1,\"images\":[{\"id\":\"9b3a5e2c-1f1e-4d77-9a39-5c2f8f1b7c10\","
            + "\"name\":\"ubuntu-22.04-web\",\"os_distro\":\"ubuntu\",\"os_version\":\"22.04\",\"status\":\"active\","
            + "\"visibility\":\"public\",\"disk_format\":\"qcow2\",\"min_disk\":100,\"size\":2361393152,"
            + "\"created_at\":\"2024-03-01T09:30:00+09:00\",\"owner\":\"a1b2c3\",\"url\":\"\",\"scp_image_type\":\"standard\"}]}";
}
