package io.scpgen.generator.cli;

import io.scpgen.generator.emit.EmitSettings;
import io.scpgen.generator.output.SdkWriter;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.ServiceSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scpgen generate}: reads the docs and writes the SDK's sources and generated tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generates the Java SDK (per service: models, a client per API version, tests) from API documentation.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DocsOptions input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Source root for the SDK's sources.")
    Path out;

    @Option(names = "--tests", paramLabel = "DIR", description = "Source root for the generated tests; none if absent.")
    Path tests;

    @Option(names = "--package", paramLabel = "NAME", defaultValue = EmitSettings.DEFAULT_PACKAGE,
            description = "Base package (default: ${DEFAULT-VALUE}); the service and version follow it.")
    String basePackage;

    @Option(names = "--versions", split = ",", paramLabel = "VERSION",
            description = "API versions to generate, e.g. 1.2,1.3 (default: all).")
    List<String> versions;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!EmitSettings.isPackageName(basePackage)) {
            err.println("scpgen: --package '" + basePackage + "' is not a Java package name such as io.scpgen.scp");
            return ExitCodes.USER_ERROR;
        }
        Optional<List<ServiceSpec>> loaded = input.load(err, "nothing generated");
        if (loaded.isEmpty()) {
            return ExitCodes.USER_ERROR;
        }
        List<ServiceSpec> services = loaded.get();
        EmitSettings settings = new EmitSettings(basePackage, versions);
        Optional<String> problem = settings.problem(services, "--versions");
        if (problem.isPresent()) {
            err.println("scpgen: nothing generated: " + problem.get());
            return ExitCodes.USER_ERROR;
        }
        SdkWriter.Written written;
        try {
            written = SdkWriter.write(services, settings, out, tests);
        } catch (IOException e) {
            err.println("scpgen: nothing generated: cannot write " + out + (tests == null ? "" : " or " + tests)
                    + " (" + e + "): expected writable folders; the previous output is as it was");
            return ExitCodes.USER_ERROR;
        }
        written.lint().stream().map(Diagnostic::format).forEach(err::println);
        err.println("sdk: " + written.main().describe() + " in " + out);
        if (tests != null) {
            err.println("tests: " + written.tests().describe() + " in " + tests);
        }
        err.println(written.lintSummary());
        err.flush();
        return ExitCodes.OK;
    }
}
