package io.scpgen.generator.emit;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.ServiceSpec;
import java.util.List;

/**
 * What to generate.
 *
 * @param basePackage the root package, {@code io.scpgen.scp}; the service name and version follow it
 * @param versions    the API versions to generate; empty for all
 */
public record EmitSettings(String basePackage, List<String> versions) {

    public static final String DEFAULT_PACKAGE = "io.scpgen.scp";

    public EmitSettings {
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    /** Whether {@code name} can be the base package: lower-case Java identifiers joined by dots. */
    public static boolean isPackageName(String name) {
        return name.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");
    }

    public boolean includes(String version) {
        return versions.isEmpty() || versions.contains(version);
    }

    /** The chosen versions {@code spec} does not document; generating them is a user error. */
    public List<String> unknownVersions(ServiceSpec spec) {
        return unknownVersions(List.of(spec));
    }

    /** The chosen versions none of {@code specs} documents; a service generates the chosen versions it has. */
    public List<String> unknownVersions(List<ServiceSpec> specs) {
        return versions.stream().filter(v -> specs.stream().flatMap(s -> s.versions().stream())
                .map(ApiVersion::version).noneMatch(v::equals)).toList();
    }

    /** Every version the services document, for a message about unknown ones. */
    public static List<String> documentedVersions(List<ServiceSpec> specs) {
        return specs.stream().flatMap(s -> s.versions().stream()).map(ApiVersion::version).distinct()
                .sorted(ApiVersion.VERSION_ORDER).toList();
    }
}
