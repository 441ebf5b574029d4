package io.scpgen.runtime.testing;

import java.util.random.RandomGenerator;

/** A "random" source that always draws the same fraction, so backoff pauses are predictable. */
public final class FixedRandom implements RandomGenerator {
    private final double fraction;

    public FixedRandom(double fraction) {
        this.fraction = fraction;
    }

    @Override
    public double nextDouble() {
        return fraction;
    }

    @Override
    public long nextLong() {
        throw new UnsupportedOperationException("backoff draws doubles only");
    }
}
