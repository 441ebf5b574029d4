package io.scpgen.benchmarks;

import io.scpgen.benchmarks.BareScpCall.Keys;
import io.scpgen.benchmarks.ImageModels.CreateImageRequest;
import io.scpgen.benchmarks.ImageModels.ImageListResponse;
import io.scpgen.runtime.HttpMethod;
import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.runtime.ScpClientHandler;
import io.scpgen.runtime.ScpRequest;
import io.scpgen.runtime.auth.ScpCredentials;
import io.scpgen.runtime.interceptor.ScpInterceptor;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One SDK call next to the same call written by hand ({@link BareScpCall}): sign, serialize,
 * send, parse a one-image ImageListResponse. Both sides share one HttpClient, so the difference
 * is the runtime's own cost. Subclasses choose what answers: a loopback server or an in-memory
 * client. The wire log is off (no logging configured); {@code sdkListImagesOneInterceptor} is the
 * same GET through a client with one interceptor that does nothing, to read the interceptors' cost
 * beside {@code sdkListImages}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed
// ACK, and every call waits ~40 ms: that stall would hide any difference between the two calls
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class ImageCallBenchmark {
    private static final String IMAGE_NAME = "web server";

    private ScpClientHandler sdk;
    private ScpClientHandler sdkWithInterceptor;
    private BareScpCall bare;
    private String baseUrl;

    /** Starts whatever answers calls with {@code responseBody}; returns the client to call it with. */
    protected abstract HttpClient start(byte[] responseBody) throws Exception;

    /** The base URL calls go to. */
    protected abstract URI baseUri();

    /** Stops what {@link #start} started. */
    protected abstract void stop();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        HttpClient httpClient = start(ImageModels.ONE_IMAGE_JSON.getBytes(StandardCharsets.UTF_8));
        baseUrl = baseUri().toString();
        sdk = ScpClientHandler.create("virtualserver", ScpClientConfiguration.builder()
                .environmentVariables(Map.<String, String>of()::get)
                .credentials(ScpCredentials.of(Keys.ACCESS_KEY, Keys.SECRET_KEY, Keys.ACCOUNT_ID))
                .endpointOverride(baseUri())
                .httpClient(httpClient)
                .build());
        sdkWithInterceptor = ScpClientHandler.create("virtualserver", sdk.configuration().toBuilder()
                .addInterceptor(new ScpInterceptor() { })
                .build());
        bare = new BareScpCall(httpClient, sdk.configuration().userAgent());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        stop();
    }

    /** GET /v1/images?limit=20&name=web%20server through the SDK, as a generated client would call it. */
    @Benchmark
    public ImageListResponse sdkListImages() {
        return sdk.execute(listImages());
    }

    private static ScpRequest<ImageListResponse> listImages() {
        return ScpRequest.builder(HttpMethod.GET, "/v1/images", ImageListResponse.class)
                .operationName("listImages")
                .apiVersion("1.3")
                .queryParameter("limit", 20)
                .queryParameter("name", IMAGE_NAME)
                .build();
    }

    /** The same GET through a client with one no-op interceptor: every hook is called once or per attempt. */
    @Benchmark
    public ImageListResponse sdkListImagesOneInterceptor() {
        return sdkWithInterceptor.execute(listImages());
    }

    /** The same GET by hand. */
    @Benchmark
    public ImageListResponse bareListImages() throws Exception {
        String url = baseUrl + "/v1/images?limit=20&name="
                + URLEncoder.encode(IMAGE_NAME, StandardCharsets.UTF_8).replace("+", "%20");
        return bare.send("GET", url, null, ImageListResponse.class);
    }

    /** POST /v1/images with a JSON body through the SDK. */
    @Benchmark
    public ImageListResponse sdkCreateImage() {
        return sdk.execute(ScpRequest.builder(HttpMethod.POST, "/v1/images", ImageListResponse.class)
                .apiVersion("1.3")
                .body(new CreateImageRequest("web", "ubuntu", null))
                .build());
    }

    /** The same POST by hand. */
    @Benchmark
    public ImageListResponse bareCreateImage() throws Exception {
        return bare.send("POST", baseUrl + "/v1/images", new CreateImageRequest("web", "ubuntu", null),
                ImageListResponse.class);
    }
}
