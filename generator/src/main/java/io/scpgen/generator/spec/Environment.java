package io.scpgen.generator.spec;

import java.util.List;

/** An SCP environment ({@code s}, {@code g}, {@code e}) and the regions it serves. */
public record Environment(String name, List<String> regions) {
    public Environment {
        regions = List.copyOf(regions);
    }
}
