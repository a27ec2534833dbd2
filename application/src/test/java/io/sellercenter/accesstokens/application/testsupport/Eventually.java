package io.sellercenter.accesstokens.application.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for something that happens asynchronously, up to a generous bound: a check of correctness, not of speed. In
 * this test jar so that every module's tests wait the same way.
 */
public final class Eventually {
    private static final Duration BOUND = Duration.ofSeconds(15);

    private Eventually() {
    }

    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + BOUND.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what);
            }
        }
    }
}
