package io.scpgen.generator.docs.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule: a flattened row of the environment and region list is the environment name run into the region name.
 * Regions have the shape {@code kr-west1} (country, direction, number), which tells where the environment ends.
 * <pre>
 * environmentregion
 * skr-west1 -> s | kr-west1
 * gkr-south2 -> g | kr-south2
 * </pre>
 */
public final class EnvironmentRegionRow {

    private static final Pattern ROW = Pattern.compile("^([a-z0-9]+?)([a-z]{2}-[a-z]+\\d+)$");

    public record Cells(String environment, String region) {
    }

    private EnvironmentRegionRow() {
    }

    public static Optional<Cells> split(String line) {
        Matcher m = ROW.matcher(line.trim());
        return m.matches() ? Optional.of(new Cells(m.group(1), m.group(2))) : Optional.empty();
    }
}
