package io.scpgen.generator.services;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.emit.EmitSettings;
import io.scpgen.generator.emit.GeneratedSources;
import io.scpgen.generator.emit.InMemoryJava;
import io.scpgen.generator.emit.SdkEmitter;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder of test pages (src/test/resources/services/NAME) read into one spec per service, the SDK of every service
 * emitted with its generated tests, and all of it compiled in memory.
 */
record ServicesSdk(SpecFromDocs.Result result, List<JavaFile> mainFiles, List<JavaFile> testFiles,
                   Compilation compilation) {

    static Path folder(String name) {
        return SeedDocs.projectRoot().resolve("generator/src/test/resources/services").resolve(name);
    }

    static ServicesSdk of(String folder) {
        SpecFromDocs.Result result = SpecFromDocs.withAllReaders().load(List.of(folder(folder)));
        List<JavaFile> mainFiles = new ArrayList<>();
        List<JavaFile> testFiles = new ArrayList<>();
        SdkEmitter emitter = new SdkEmitter(new EmitSettings(EmitSettings.DEFAULT_PACKAGE, List.of()));
        for (ServiceSpec spec : result.specs()) {
            GeneratedSources sources = emitter.emit(spec, new Diagnostics());
            mainFiles.addAll(sources.main());
            testFiles.addAll(sources.tests());
        }
        List<JavaFile> all = new ArrayList<>(mainFiles);
        all.addAll(testFiles);
        return new ServicesSdk(result, List.copyOf(mainFiles), List.copyOf(testFiles), InMemoryJava.compile(all));
    }
}
