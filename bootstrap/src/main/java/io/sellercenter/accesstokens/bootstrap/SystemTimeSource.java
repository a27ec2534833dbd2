package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.application.port.out.TimeSource;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The system clock, to the microsecond: the precision PostgreSQL keeps, so that what is stored is what was returned. */
final class SystemTimeSource implements TimeSource {
    private final Clock clock;

    SystemTimeSource(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
