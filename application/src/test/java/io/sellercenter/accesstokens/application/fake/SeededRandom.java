package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.RandomSource;

import java.util.Random;
import java.util.UUID;

/** Repeatable randomness, good enough for tests and nothing else. */
public final class SeededRandom implements RandomSource {
    private final Random random = new Random(42);

    @Override
    public synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }

    @Override
    public synchronized UUID nextUuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
