package io.scpgen.generator.emit;

import io.scpgen.generator.emit.client.RequestClassSpec;
import io.scpgen.generator.emit.client.ResourceApiClassSpec;
import io.scpgen.generator.emit.client.ServiceClientClassSpec;
import io.scpgen.generator.emit.model.ModelClassSpec;
import io.scpgen.generator.emit.test.ResourceApiTestClassSpec;
import io.scpgen.generator.emit.test.TestSupportClassSpec;
import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Emits the SDK of one service: models, a client per API version, request objects, and generated tests. */
public final class SdkEmitter {

    private final EmitSettings settings;

    public SdkEmitter(EmitSettings settings) {
        this.settings = settings;
    }

    public GeneratedSources emit(ServiceSpec spec, Diagnostics diagnostics) {
        SdkNames names = new SdkNames(settings.basePackage(), spec);
        ModelUsage usage = new ModelUsage(spec, settings);
        TypeMapper types = new TypeMapper(names.modelPackage(),
                spec.models().stream().map(Model::name).collect(Collectors.toSet()));
        List<ClassSpec> main = new ArrayList<>();
        List<ClassSpec> tests = new ArrayList<>();
        for (String model : usage.models()) {
            main.add(new ModelClassSpec(spec.model(model).orElseThrow(), types, usage.versions(model)));
        }
        ExampleLinter linter = new ExampleLinter(spec, diagnostics);
        for (ApiVersion version : spec.versions()) {
            if (!settings.includes(version.version())) {
                continue;
            }
            Map<String, List<Operation>> groups = groups(spec, version.version());
            if (groups.isEmpty()) {
                continue;
            }
            main.add(new ServiceClientClassSpec(version,
                    List.copyOf(groups.keySet()), names));
            groups.forEach((group, operations) -> {
                main.add(new ResourceApiClassSpec(spec, version.version(), group, operations, names, types));
                for (Operation operation : operations) {
                    var variant = operation.variant(version.version()).orElseThrow();
                    main.add(new RequestClassSpec(operation, variant, names.request(version.version(), operation),
                            OperationShape.responseType(variant, types), types));
                }
                tests.add(new ResourceApiTestClassSpec(version, group, operations, names, types, linter));
            });
        }
        if (!tests.isEmpty()) {
            tests.add(new TestSupportClassSpec(names.testSupport()));
        }
        return new GeneratedSources(main, tests);
    }

    private static Map<String, List<Operation>> groups(ServiceSpec spec, String version) {
        Map<String, List<Operation>> groups = new TreeMap<>();
        for (Operation operation : spec.operations()) {
            if (operation.variant(version).isPresent()) {
                groups.computeIfAbsent(operation.group(), k -> new ArrayList<>()).add(operation);
            }
        }
        return groups;
    }
}
