package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.application.port.out.RandomSource;

import java.security.SecureRandom;
import java.util.UUID;

/** The platform's CSPRNG. */
final class SecureRandomSource implements RandomSource {
    private final SecureRandom random = new SecureRandom();

    @Override
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    @Override
    public UUID nextUuid() {
        return UUID.randomUUID();
    }
}
