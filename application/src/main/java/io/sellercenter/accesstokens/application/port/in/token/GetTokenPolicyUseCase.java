package io.sellercenter.accesstokens.application.port.in.token;

import java.time.Duration;

/** The limits a new token must respect, for the form that generates one. */
public interface GetTokenPolicyUseCase {
    /** The longest a token may live: its {@code validUntil} lies at most this far ahead of its creation. */
    Duration maxLifetime();
}
