package io.scpgen.runtime.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scpgen.runtime.HttpMethod;
import io.scpgen.runtime.ScpClientHandler;
import io.scpgen.runtime.ScpRequest;
import io.scpgen.runtime.testing.LoopbackServer;
import io.scpgen.runtime.testing.LoopbackServer.RecordedRequest;
import io.scpgen.runtime.testing.TestModels.Image;
import io.scpgen.runtime.testing.TestModels.ImageListResponse;
import io.scpgen.runtime.testing.TestSetup;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pages served by a real server that implements limit/marker over a fixed list of images. */
class MarkerPaginatorTest {
    private final LoopbackServer server = LoopbackServer.start();
    private final ScpClientHandler handler = new TestSetup(server).handler();

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Serves img-1 .. img-{count}: items after the marker, at most limit of them. */
    private void serveImages(int count) {
        List<String> ids = IntStream.rangeClosed(1, count).mapToObj(i -> "img-" + i).collect(Collectors.toList());
        server.always(exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            int limit = Integer.parseInt(parameter(query, "limit"));
            String marker = parameter(query, "marker");
            int from = marker == null ? 0 : ids.indexOf(marker) + 1;
            String images = ids.subList(from, Math.min(ids.size(), from + limit)).stream()
                    .map(id -> "{\"id\":\"" + id + "\"}").collect(Collectors.joining(","));
            LoopbackServer.respond(exchange, 200, "{\"images\":[" + images + "]}");
        });
    }

    private static String parameter(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private MarkerPaginator<Image> images(int pageSize) {
        return MarkerPaginator.of(pageSize, (marker, limit) -> handler.execute(
                ScpRequest.builder(HttpMethod.GET, "/v1/images", ImageListResponse.class).apiVersion("1.3")
                        .queryParameter("limit", limit)
                        .queryParameter("marker", marker)
                        .build()).images(), Image::id);
    }

    private List<String> queries() {
        return server.requests().stream().map(RecordedRequest::rawQuery).collect(Collectors.toList());
    }

    @Test
    void walksThreePagesAndStopsAfterTheShortOne() {
        serveImages(5);

        List<String> ids = new ArrayList<>();
        for (Image image : images(2)) {
            ids.add(image.id());
        }

        assertThat(ids).containsExactly("img-1", "img-2", "img-3", "img-4", "img-5");
        assertThat(queries()).containsExactly("limit=2", "limit=2&marker=img-2", "limit=2&marker=img-4");
    }

    @Test
    void stopsOnAnEmptyPage() {
        serveImages(4);

        assertThat(images(2).stream().map(Image::id)).containsExactly("img-1", "img-2", "img-3", "img-4");
        assertThat(queries()).containsExactly("limit=2", "limit=2&marker=img-2", "limit=2&marker=img-4");
    }

    @Test
    void fetchesNothingUntilItemsAreAskedFor() {
        serveImages(5);

        MarkerPaginator<Image> images = images(2);
        assertThat(server.requests()).isEmpty();

        assertThat(images.stream().limit(3).map(Image::id)).containsExactly("img-1", "img-2", "img-3");
        assertThat(queries()).containsExactly("limit=2", "limit=2&marker=img-2");
    }

    @Test
    void eachIterationStartsFromTheFirstPage() {
        serveImages(3);
        MarkerPaginator<Image> images = images(5);

        Iterator<Image> first = images.iterator();
        Iterator<Image> second = images.iterator();

        assertThat(first.next().id()).isEqualTo("img-1");
        assertThat(second.next().id()).isEqualTo("img-1");
        assertThat(queries()).containsExactly("limit=5", "limit=5");
    }

    @Test
    void failsInsteadOfLoopingWhenTheMarkerDoesNotAdvance() {
        MarkerPaginator<String> stuck = MarkerPaginator.of(2, (marker, limit) -> List.of("a", "b"), item -> "b");

        Iterator<String> items = stuck.iterator();
        items.next();
        items.next();

        assertThatThrownBy(items::hasNext).isInstanceOf(IllegalStateException.class).hasMessageContaining("marker b");
    }
}
