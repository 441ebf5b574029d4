package io.scpgen.generator.docs.rules;

import io.scpgen.generator.spec.ServiceSpec;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules: where a page names the service its sections belong to. The id is the one {@code Scp-Api-Version} and the
 * endpoint host use ({@code direct-connect}), never the title ({@code Direct Connect}, {@code Block Storage(BM)}).
 */
public final class ServiceIdentity {

    /** A service id: one DNS label (at most 63 characters), as the endpoint host has it. */
    private static final String ID = "(" + ServiceSpec.SERVICE_ID + ")";

    /**
     * {@code https://direct-connect.{region}.{environment}.samsungsdscloud.com}; a global service has no region:
     * {@code https://product.{environment}.samsungsdscloud.com}.
     */
    private static final Pattern OPENAPI_URL = Pattern.compile(
            "^https?://" + ID + "\\.(?:\\{region}\\.)?\\{environment}\\.[^\\s/]+/?$");

    /** {@code "Scp-Api-Version = virtualserver 1.3"} in an example request's headers. */
    private static final Pattern API_VERSION_HEADER = Pattern.compile(
            "(?i)Scp-Api-Version\\s*[=:]\\s*" + ID + "\\s+v?\\d+(\\.\\d+)*");

    /** {@code scp-cli virtualserver image member list}, also {@code scpcli}. */
    private static final Pattern CLI_COMMAND = Pattern.compile("^(?:scp-cli|scpcli)\\s+" + ID + "(\\s.*)?$");

    private ServiceIdentity() {
    }

    /** Rule: the service header's {@code OpenAPI URL} names the service in its host's first label. */
    public static Optional<String> fromOpenApiUrl(String line) {
        Matcher m = OPENAPI_URL.matcher(line.trim());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Rule: a page without a service header names its service in the example request's
     * {@code "Scp-Api-Version = virtualserver 1.3"} line.
     */
    public static Optional<String> fromApiVersionHeader(String text) {
        Matcher m = API_VERSION_HEADER.matcher(text);
        return m.find() ? Optional.of(m.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    /** Rule: a command-line reference names the service as the command's first word: {@code scp-cli <service> ...}. */
    public static Optional<String> fromCliCommand(String command) {
        Matcher m = CLI_COMMAND.matcher(Spaces.collapse(command));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
