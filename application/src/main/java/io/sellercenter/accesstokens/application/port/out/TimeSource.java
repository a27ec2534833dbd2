package io.sellercenter.accesstokens.application.port.out;

import java.time.Instant;

/** The current instant, from outside the core so that tests can control it. */
@FunctionalInterface
public interface TimeSource {
    Instant now();
}
