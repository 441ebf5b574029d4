package io.scpgen.samples;

import io.scpgen.runtime.ScpClientConfiguration;
import java.io.PrintStream;

/** One runnable example of the SDK. */
interface Sample {

    /** The name it is run by: {@code java -jar scpgen-samples.jar list-images}. */
    String name();

    /** One line saying what it shows. */
    String summary();

    /** Runs the sample with clients made from {@code configuration}, printing what it does to {@code out}. */
    void run(ScpClientConfiguration configuration, PrintStream out);
}
