package io.scpgen.generator.emit;

import com.palantir.javapoet.ClassName;
import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Parameter;
import io.scpgen.generator.spec.RequestBody;
import io.scpgen.generator.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which request class each operation version sends, decided once. Rule: versions share a class when their requests
 * agree on every member they both have (place, name, requiredness, type) and every member only some of them have is
 * optional: a newer version that adds an optional parameter keeps the class (it gains a member, sent only in the
 * versions that document it), so code written against it keeps compiling. The first class of an operation is
 * {@code ListImagesRequest}; a version that cannot share one (a new required parameter, a changed type) starts a class
 * named after it, {@code ListImagesRequestV1Dot2}, as model variants are ({@code ImageListResponseV1Dot2}). A class never
 * changes its name when the docs add a version.
 */
public final class RequestClasses {

    /**
     * One member of a request class: a parameter or the body ({@code parameter} null), as the newest version that
     * documents it states it, and the versions that document it.
     */
    public record Member(Parameter parameter, RequestBody body, List<String> versions) {

        /** The member's place: {@code query limit}, or {@code body}. */
        String key() {
            return parameter == null ? BODY : parameter.in() + " " + parameter.name();
        }

        public boolean required() {
            return parameter == null ? body.required() : parameter.required();
        }
    }

    /**
     * One request class: the operation, the versions that send it (oldest first), and its members in the order the
     * docs first list them (parameters, then the body).
     */
    public record Shared(ClassName className, Operation operation, List<OperationVariant> variants,
                         List<Member> members) {

        public List<String> versions() {
            return variants.stream().map(OperationVariant::version).toList();
        }

        /** The newest version sending the class: its title and path are the class's documentation. */
        public OperationVariant newest() {
            return variants.get(variants.size() - 1);
        }
    }

    private static final String BODY = "body";

    /** By {@link Operation#key()}: an operation record's own hash walks every variant, example and parameter. */
    private final Map<String, Map<String, Shared>> byVersion = new LinkedHashMap<>();

    public RequestClasses(ServiceSpec spec, SdkNames names) {
        for (Operation operation : spec.operations()) {
            List<Draft> drafts = new ArrayList<>();
            operation.variants().stream()
                    .sorted(Comparator.comparing(OperationVariant::version, ApiVersion.VERSION_ORDER))
                    .forEach(variant -> drafts.stream().filter(d -> d.fits(variant)).reduce((older, newer) -> newer)
                            .orElseGet(() -> {
                                Draft draft = new Draft(drafts.isEmpty() ? "" : versionSuffix(variant.version()));
                                drafts.add(draft);
                                return draft;
                            }).add(variant));
            Map<String, Shared> classes = new LinkedHashMap<>();
            for (Draft draft : drafts) {
                Shared shared = draft.shared(names.request(operation, draft.suffix), operation);
                draft.variants.forEach(v -> classes.put(v.version(), shared));
            }
            byVersion.put(operation.key(), classes);
        }
    }

    /** {@code 1.2 -> V1Dot2}. */
    static String versionSuffix(String version) {
        return "V" + version.replace(".", "Dot").replaceAll("[^A-Za-z0-9]", "_");
    }

    /** The request class {@code variant} of {@code operation} sends. */
    public Shared of(Operation operation, OperationVariant variant) {
        return byVersion.get(operation.key()).get(variant.version());
    }

    /** A request class being put together from the versions that share it, oldest first. */
    private static final class Draft {
        final String suffix;
        final List<OperationVariant> variants = new ArrayList<>();
        final Map<String, Member> members = new LinkedHashMap<>();

        Draft(String suffix) {
            this.suffix = suffix;
        }

        boolean fits(OperationVariant variant) {
            Map<String, Member> theirs = membersOf(variant);
            for (Member member : theirs.values()) {
                Member ours = members.get(member.key());
                if (ours == null ? member.required() : !sameContract(ours, member)) {
                    return false;
                }
            }
            // what only this class has must be optional, or the variant's callers would have to set it
            return members.values().stream().allMatch(m -> theirs.containsKey(m.key()) || !m.required());
        }

        void add(OperationVariant variant) {
            variants.add(variant);
            membersOf(variant).forEach((key, member) -> {
                Member ours = members.get(key);
                List<String> versions = new ArrayList<>(ours == null ? List.of() : ours.versions());
                versions.add(variant.version());
                // the newest version's words document the member
                members.put(key, new Member(member.parameter(), member.body(), List.copyOf(versions)));
            });
        }

        Shared shared(ClassName className, Operation operation) {
            List<Member> ordered = new ArrayList<>(members.values().stream().filter(m -> m.parameter() != null)
                    .toList());
            Member body = members.get(BODY);
            if (body != null) {
                ordered.add(body);
            }
            return new Shared(className, operation, List.copyOf(variants), List.copyOf(ordered));
        }

        private static Map<String, Member> membersOf(OperationVariant variant) {
            Map<String, Member> members = new LinkedHashMap<>();
            for (Parameter parameter : variant.parameters()) {
                members.putIfAbsent(parameter.in() + " " + parameter.name(),
                        new Member(parameter, null, List.of(variant.version())));
            }
            if (variant.requestBody() != null) {
                members.put(BODY, new Member(null, variant.requestBody(), List.of(variant.version())));
            }
            return members;
        }

        private static boolean sameContract(Member a, Member b) {
            return a.required() == b.required() && Objects.equals(
                    a.parameter() == null ? a.body().type() : a.parameter().type(),
                    b.parameter() == null ? b.body().type() : b.parameter().type());
        }
    }
}
