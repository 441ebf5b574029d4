package io.scpgen.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;

/**
 * The calls answered by {@link CannedHttpClient}, without sockets or threads: what remains is the
 * client-side work (request building, signing, JSON, parsing), so the runtime's overhead shows
 * without network noise.
 */
public class InMemoryImageCallBenchmark extends ImageCallBenchmark {

    @Override
    protected HttpClient start(byte[] responseBody) {
        return new CannedHttpClient(responseBody);
    }

    @Override
    protected URI baseUri() {
        return URI.create("https://virtualserver.kr-west1.e.samsungsdscloud.com");
    }

    @Override
    protected void stop() {
        // nothing runs
    }
}
