package io.scpgen.generator.emit;

import com.palantir.javapoet.ClassName;
import io.scpgen.generator.emit.client.ApiVersionsClassSpec;
import io.scpgen.generator.emit.client.RequestClassSpec;
import io.scpgen.generator.emit.client.ResourceApiClassSpec;
import io.scpgen.generator.emit.client.ServiceClientClassSpec;
import io.scpgen.generator.emit.model.ModelClassSpec;
import io.scpgen.generator.emit.test.ResourceApiTestClassSpec;
import io.scpgen.generator.emit.test.TestSupportClassSpec;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Emits the SDK of one service: models, the current client and a client per API version, the request classes they
 * share, and generated tests of every client.
 */
public final class SdkEmitter {

    private final EmitSettings settings;

    public SdkEmitter(EmitSettings settings) {
        this.settings = settings;
    }

    /** The SDK's class specs (rendered later, file by file); the docs lint's warnings go to {@code diagnostics}. */
    public GeneratedSources emit(ServiceSpec spec, Diagnostics diagnostics) {
        SdkNames names = new SdkNames(settings.basePackage(), spec);
        ModelUsage usage = new ModelUsage(spec, settings);
        TypeMapper types = new TypeMapper(names.modelPackage(),
                spec.models().stream().map(Model::name).collect(Collectors.toSet()));
        RequestClasses requests = new RequestClasses(spec, names);
        List<ClassSpec> main = new ArrayList<>();
        List<ClassSpec> tests = new ArrayList<>();
        for (String model : usage.models()) {
            main.add(new ModelClassSpec(spec.model(model).orElseThrow(), types, usage.versions(model)));
        }
        ExampleLinter linter = new ExampleLinter(spec);
        List<SdkClient> clients = new ArrayList<>();
        clients.add(SdkClient.current(spec, settings));
        spec.versions().stream().filter(v -> settings.includes(v.version()))
                .map(version -> SdkClient.pinned(spec, version, settings)).forEach(clients::add);
        DocsLint.check(clients, linter, types, diagnostics);
        // a request class is generated once, whichever clients send it
        Map<ClassName, RequestClasses.Shared> used = new TreeMap<>(Comparator.comparing(ClassName::canonicalName));
        for (SdkClient client : clients) {
            if (client.isEmpty()) {
                continue;
            }
            main.add(new ServiceClientClassSpec(client, List.copyOf(client.groups().keySet()), names));
            client.groups().forEach((group, operations) -> {
                main.add(new ResourceApiClassSpec(spec, client, group, operations, names, types, requests));
                operations.stream().map(o -> requests.of(o, client.variant(o)))
                        .forEach(shared -> used.putIfAbsent(shared.className(), shared));
                tests.add(new ResourceApiTestClassSpec(client, group, operations, names, types, linter, requests));
            });
        }
        if (clients.stream().anyMatch(client -> !client.isEmpty())) {
            main.add(new ApiVersionsClassSpec(spec.versions(), names));
        }
        used.values().forEach(shared -> main.add(new RequestClassSpec(shared, types)));
        if (!tests.isEmpty()) {
            tests.add(new TestSupportClassSpec(names.testSupport()));
        }
        return new GeneratedSources(main, tests);
    }
}
