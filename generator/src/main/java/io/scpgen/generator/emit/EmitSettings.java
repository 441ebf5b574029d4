package io.scpgen.generator.emit;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

    /** The chosen versions none of {@code specs} documents; a service generates the chosen versions it has. */
    private List<String> unknownVersions(List<ServiceSpec> specs) {
        return versions.stream().filter(v -> specs.stream().flatMap(s -> s.versions().stream())
                .map(ApiVersion::version).noneMatch(v::equals)).toList();
    }

    /**
     * Why these services cannot be generated with these settings, the one check of the command and the Maven goal:
     * a chosen version none of them documents, or two services whose ids give the same package
     * ({@code direct-connect} and {@code directconnect}). Empty when they can.
     *
     * @param versionsOption how the caller's versions option is named in the reason ({@code --versions})
     */
    public Optional<String> problem(List<ServiceSpec> specs, String versionsOption) {
        List<String> unknown = unknownVersions(specs);
        if (!unknown.isEmpty()) {
            return Optional.of(versionsOption + " " + unknown + " not in the docs, which document "
                    + documentedVersions(specs));
        }
        Map<String, List<String>> byPackage = new TreeMap<>();
        specs.forEach(s -> byPackage.computeIfAbsent(JavaNames.servicePackage(s.name()), k -> new ArrayList<>())
                .add(s.name()));
        return byPackage.entrySet().stream().filter(e -> e.getValue().size() > 1).findFirst()
                .map(e -> "services " + e.getValue() + " would share the package " + basePackage + "." + e.getKey()
                        + ": expected service ids that differ in letters or digits; generate them apart (--services)");
    }

    /** Every version the services document, for a message about unknown ones. */
    private static List<String> documentedVersions(List<ServiceSpec> specs) {
        return specs.stream().flatMap(s -> s.versions().stream()).map(ApiVersion::version).distinct()
                .sorted(ApiVersion.VERSION_ORDER).toList();
    }
}
