package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.TimeSource;

import java.time.Duration;
import java.time.Instant;

/** A clock that moves only when told to. */
public final class ManualClock implements TimeSource {
    private volatile Instant now;

    public ManualClock(Instant start) {
        this.now = start;
    }

    @Override
    public Instant now() {
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }
}
