package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.application.port.out.TimeSource;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A clock for the service under test that runs with real time but can be moved forward. */
final class MutableClock implements TimeSource {
    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant now() {
        return Instant.now().plus(offset).truncatedTo(ChronoUnit.MICROS);
    }

    void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    void reset() {
        offset = Duration.ZERO;
    }
}
