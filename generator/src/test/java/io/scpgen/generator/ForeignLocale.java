package io.scpgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in another JVM with a Turkish locale, a far time zone and ISO-8859-1 as default encoding: what
 * it writes must not differ from what the tests' JVM writes.
 */
public final class ForeignLocale {

    private ForeignLocale() {
    }

    /** Runs {@code scpgen args...} and checks it exits 0; its output goes to {@code temp/log.txt}. */
    public static void runScpgen(Path temp, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati",
                "-Dfile.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"),
                "io.scpgen.generator.cli.ScpgenCommand"));
        command.addAll(args);
        Path log = temp.resolve("log.txt");

        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(log, StandardCharsets.ISO_8859_1)).isZero();
    }
}
