package io.scpgen.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One call to an SCP API, as a generated client describes it: method, path template with its
 * parameters, query parameters, extra headers, an optional JSON body, the API version and the
 * type to read the response into. Immutable; all validation (missing or unknown path
 * parameters, empty path values, header injection) happens in {@link Builder#build()}, before
 * anything is sent.
 *
 * <pre>{@code
 * ScpRequest<Image> request = ScpRequest.builder(HttpMethod.GET, "/v1/images/{image_id}", Image.class)
 *         .apiVersion("1.3")
 *         .pathParameter("image_id", imageId)
 *         .build();
 * }</pre>
 *
 * @param <T> the type of the response body; {@link Void} for calls whose response has no body
 */
public final class ScpRequest<T> {
    private final HttpMethod method;
    private final String pathTemplate;
    private final String encodedPath;
    private final List<Map.Entry<String, String>> queryParameters;
    private final String encodedQuery;
    private final Map<String, String> headers;
    private final Object body;
    private final JavaType responseType;
    private final String apiVersion;
    private final String operationName;
    private final ScpRequestOverrides overrides;

    private ScpRequest(Builder<T> builder) {
        this.method = builder.method;
        this.pathTemplate = builder.pathTemplate;
        this.encodedPath = PathTemplate.expand(builder.pathTemplate, builder.pathParameters);
        this.queryParameters = List.copyOf(builder.queryParameters);
        this.encodedQuery = QueryString.encode(queryParameters);
        // new TreeMap<>(map) would drop the builder's case-insensitive order: names are looked up in any case
        TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(builder.headers);
        this.headers = Collections.unmodifiableMap(headers);
        this.body = builder.body;
        this.responseType = builder.responseType;
        this.apiVersion = Objects.requireNonNull(builder.apiVersion, "apiVersion");
        this.operationName = builder.operationName != null ? builder.operationName : method + " " + pathTemplate;
        this.overrides = builder.overrides;
    }

    /** Starts a request whose response is read as {@code responseType}. */
    public static <T> Builder<T> builder(HttpMethod method, String pathTemplate, Class<T> responseType) {
        return new Builder<>(method, pathTemplate, ScpJson.mapper().constructType(responseType));
    }

    /** Starts a request whose response is read as a generic type such as {@code List<Image>}. */
    public static <T> Builder<T> builder(HttpMethod method, String pathTemplate, TypeReference<T> responseType) {
        return new Builder<>(method, pathTemplate, ScpJson.mapper().constructType(responseType));
    }

    /**
     * Starts a request whose response is read as a Jackson type; the caller vouches that
     * {@code responseType} describes {@code T}.
     */
    public static <T> Builder<T> builder(HttpMethod method, String pathTemplate, JavaType responseType) {
        return new Builder<>(method, pathTemplate, responseType);
    }

    /** The HTTP method. */
    public HttpMethod method() {
        return method;
    }

    /** The path template as documented, e.g. {@code /v1/images/{image_id}}. */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** The path with every parameter encoded as one segment, e.g. {@code /v1/images/a%2Fb}. */
    public String encodedPath() {
        return encodedPath;
    }

    /** The query parameters in order, one entry per value (lists give repeated names). */
    public List<Map.Entry<String, String>> queryParameters() {
        return queryParameters;
    }

    /** The encoded query string with its leading {@code ?}, or the empty string. */
    public String encodedQuery() {
        return encodedQuery;
    }

    /** Extra headers of this call, by case-insensitive name. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The object sent as the JSON body, or {@code null} for no body. */
    public Object body() {
        return body;
    }

    /** The type the response body is read into. */
    public JavaType responseType() {
        return responseType;
    }

    /** The API version, e.g. {@code 1.3}; sent as {@code Scp-Api-Version: <service> <version>}. */
    public String apiVersion() {
        return apiVersion;
    }

    /**
     * The operation's name, as interceptors and the wire log show it: the generated client's method
     * ({@code listImages}), or when none was set the method and path template ({@code GET /v1/images}).
     */
    public String operationName() {
        return operationName;
    }

    /** What this call changes of the client's configuration; {@link ScpRequestOverrides#none()} if nothing. */
    public ScpRequestOverrides overrides() {
        return overrides;
    }

    @Override
    public String toString() {
        return method + " " + encodedPath + encodedQuery + " (API version " + apiVersion + ")";
    }

    /** Collects the parts of a {@link ScpRequest}. */
    public static final class Builder<T> {
        private final HttpMethod method;
        private final String pathTemplate;
        private final JavaType responseType;
        private final Map<String, String> pathParameters = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> queryParameters = new ArrayList<>();
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private Object body;
        private String apiVersion;
        private String operationName;
        private ScpRequestOverrides overrides = ScpRequestOverrides.none();

        private Builder(HttpMethod method, String pathTemplate, JavaType responseType) {
            this.method = Objects.requireNonNull(method, "method");
            this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
            this.responseType = Objects.requireNonNull(responseType, "responseType");
        }

        /** Sets the API version of the call, e.g. {@code 1.3}. Required. */
        public Builder<T> apiVersion(String apiVersion) {
            HeaderValues.requireValid(ScpHeaders.API_VERSION, Objects.requireNonNull(apiVersion, "apiVersion"));
            this.apiVersion = apiVersion;
            return this;
        }

        /**
         * Names the operation for interceptors and the wire log; generated clients pass their method's name, e.g.
         * {@code listImages}. Default: the method and path template.
         */
        public Builder<T> operationName(String operationName) {
            this.operationName = Objects.requireNonNull(operationName, "operationName");
            return this;
        }

        /** What this call changes of the client's configuration; {@code null} for nothing. */
        public Builder<T> overrides(ScpRequestOverrides overrides) {
            this.overrides = overrides == null ? ScpRequestOverrides.none() : overrides;
            return this;
        }

        /**
         * Binds {@code {name}} in the path template. The value's {@code toString()} is encoded as one
         * path segment; {@code null} and empty values are rejected when the request is built.
         */
        public Builder<T> pathParameter(String name, Object value) {
            pathParameters.put(Objects.requireNonNull(name, "name"), value == null ? null : value.toString());
            return this;
        }

        /**
         * Adds a query parameter. A {@code null} value adds nothing; an {@link Iterable} adds the
         * name once per non-null element; any other value is sent as its {@code toString()}.
         */
        public Builder<T> queryParameter(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (value instanceof Iterable<?>) {
                for (Object element : (Iterable<?>) value) {
                    addQueryValue(name, element);
                }
            } else {
                addQueryValue(name, value);
            }
            return this;
        }

        private void addQueryValue(String name, Object value) {
            if (value != null) {
                queryParameters.add(Map.entry(name, value.toString()));
            }
        }

        /**
         * Sets a header of this call, replacing an earlier value of the same name. A {@code null}
         * value adds nothing. Values containing CR or LF are rejected, as are the headers the HTTP
         * client controls ({@code Host}, {@code Content-Length}, {@code Connection}...), the signing
         * headers and {@code Scp-Api-Version}, which the SDK computes. {@code Accept-Language} set here
         * overrides the configured language for this call.
         *
         * @throws IllegalArgumentException for an invalid name or value, or a restricted or managed header
         */
        public Builder<T> header(String name, String value) {
            Objects.requireNonNull(name, "name");
            if (value == null) {
                return this;
            }
            HeaderValues.requireSettable(name, value);
            headers.put(name, value);
            return this;
        }

        /** Sets the object to send as the JSON body. */
        public Builder<T> body(Object body) {
            this.body = body;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws IllegalArgumentException if a path parameter is missing, unknown, null or empty
         * @throws NullPointerException if no API version was set
         */
        public ScpRequest<T> build() {
            return new ScpRequest<>(this);
        }
    }
}
