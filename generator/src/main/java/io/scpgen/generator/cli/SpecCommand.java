package io.scpgen.generator.cli;

import io.scpgen.generator.output.AtomicFiles;
import io.scpgen.generator.spec.SpecJson;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scpgen spec}: reads the docs and writes the normalized spec JSON. */
@Command(name = "spec", mixinStandardHelpOptions = true,
        description = "Reads API documentation pages and writes the normalized spec as JSON.")
final class SpecCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DocsOptions input;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the spec; standard output if absent.")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<SpecFromDocs.Result> loaded = input.load(err, "no spec written");
        if (loaded.isEmpty()) {
            err.flush();
            return ExitCodes.USER_ERROR;
        }
        SpecFromDocs.Result result = loaded.get();
        String json = SpecJson.write(result.spec());
        if (out == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.write(out, json);
            err.println("spec: " + result.spec().operations().size() + " operations, "
                    + result.spec().models().size() + " models written to " + out);
        }
        err.flush();
        return ExitCodes.OK;
    }
}
