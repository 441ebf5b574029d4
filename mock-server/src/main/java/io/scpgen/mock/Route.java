package io.scpgen.mock;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which requests a canned response answers: an HTTP method, a path or path template such as
 * {@code /v1/images/{image_id}}, and optionally the exact {@code Scp-Api-Version} value such as
 * {@code virtualserver 1.3}, or only the service it names ({@code virtualserver}, any version). Immutable.
 *
 * <p>When several routes match a request, the one with an API version wins over one with a service, and that over
 * one with neither, then the one with more literal path segments, then the one registered last.
 */
public final class Route {
    private final String method;
    private final String pathTemplate;
    private final PathPattern pattern;
    private final String apiVersion;
    private final String service;

    private Route(String method, String pathTemplate, String apiVersion, String service) {
        this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
        this.pattern = new PathPattern(pathTemplate);
        this.apiVersion = apiVersion;
        this.service = service;
    }

    /**
     * A route for any API version.
     *
     * @param method the HTTP method, in any case
     * @param pathTemplate an exact path or a template with {@code {param}} segments
     */
    public static Route of(String method, String pathTemplate) {
        return new Route(method, pathTemplate, null, null);
    }

    /** This route restricted to requests whose {@code Scp-Api-Version} is exactly {@code apiVersion}. */
    public Route withApiVersion(String apiVersion) {
        return new Route(method, pathTemplate, Objects.requireNonNull(apiVersion, "apiVersion"), null);
    }

    /**
     * This route restricted to requests whose {@code Scp-Api-Version} names {@code service}, with any version or
     * none ({@code virtualserver 1.3}, {@code virtualserver}): how a mock of several services tells which one a call
     * that is not about one version is for, such as {@code GET /}.
     */
    public Route withService(String service) {
        return new Route(method, pathTemplate, null, Objects.requireNonNull(service, "service"));
    }

    /** The upper-case HTTP method. */
    public String method() {
        return method;
    }

    /** The path or path template. */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** The {@code Scp-Api-Version} value this route requires, if any. */
    public Optional<String> apiVersion() {
        return Optional.ofNullable(apiVersion);
    }

    /** The service whose calls this route answers, whatever their version, if it is restricted so. */
    public Optional<String> service() {
        return Optional.ofNullable(service);
    }

    /** Whether a request with this method, raw path and {@code Scp-Api-Version} (or null) matches. */
    public boolean matches(String requestMethod, String rawPath, String requestApiVersion) {
        return method.equalsIgnoreCase(requestMethod)
                && (apiVersion == null || apiVersion.equals(requestApiVersion))
                && (service == null || requestApiVersion != null
                        && service.equals(requestApiVersion.trim().split("\\s+")[0]))
                && pattern.matches(rawPath);
    }

    /** Orders matching routes: higher is preferred. */
    int specificity() {
        return (apiVersion != null ? 2 << 16 : service != null ? 1 << 16 : 0) + pattern.literalSegments();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Route)) {
            return false;
        }
        Route other = (Route) o;
        return method.equals(other.method) && pathTemplate.equals(other.pathTemplate)
                && Objects.equals(apiVersion, other.apiVersion) && Objects.equals(service, other.service);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, pathTemplate, apiVersion, service);
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate + (apiVersion != null ? " [" + apiVersion + "]"
                : service != null ? " [" + service + " *]" : "");
    }
}
