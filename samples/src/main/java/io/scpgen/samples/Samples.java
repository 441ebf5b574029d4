package io.scpgen.samples;

import io.scpgen.runtime.ScpConfigFileException;
import io.scpgen.runtime.ScpConfigFiles;
import io.scpgen.runtime.exception.ScpException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code java -jar samples/target/scpgen-samples.jar <sample>}: runs one sample; with no argument, lists them.
 * Exit codes: 0 done, 1 the call failed, 2 unknown sample or a malformed {@code ~/.scpconf} file.
 */
public final class Samples {

    static final List<Sample> ALL = List.of(new ListImages(), new ShowImage(), new CreateAndDeleteKeypair(),
            new VersionAwareCalls(), new ObserveCalls());

    private Samples() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System::getenv, ScpConfigFiles.defaultHomeDirectory()));
    }

    /** Runs the command line with the given streams, environment and home folder; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err, Function<String, String> environment, Path home) {
        if (args.length == 0) {
            out.println("usage: java -jar scpgen-samples.jar <sample>");
            ALL.forEach(s -> out.printf("  %-14s %s%n", s.name(), s.summary()));
            return 0;
        }
        Optional<Sample> sample = ALL.stream().filter(s -> s.name().equals(args[0])).findFirst();
        if (sample.isEmpty()) {
            err.println("unknown sample '" + args[0] + "': expected one of "
                    + ALL.stream().map(Sample::name).toList());
            return 2;
        }
        try (SampleTarget target = SampleTarget.choose(environment, home, out)) {
            sample.get().run(target.configuration(), out);
            return 0;
        } catch (ScpException e) {
            err.println(sample.get().name() + " failed: " + e.getMessage());
            return 1;
        } catch (ScpConfigFileException e) {
            err.println(e.getMessage());
            return 2;
        }
    }
}
