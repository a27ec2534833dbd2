package io.sellercenter.accesstokens.application.port.out;

import java.util.UUID;

/** Cryptographically strong randomness, for token secrets and identifiers. */
public interface RandomSource {
    /** A uniformly random int in {@code [0, bound)}. */
    int nextInt(int bound);

    /** A random (version 4) UUID. */
    UUID nextUuid();
}
