package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.sellercenter.accesstokens.adapter.persistence.ReportsOutages;
import io.sellercenter.accesstokens.application.port.out.token.RevocationBroadcast;
import io.sellercenter.accesstokens.domain.token.TokenHash;
import jakarta.inject.Singleton;

/**
 * Announces a revocation with PostgreSQL's {@code NOTIFY} on the caller's transaction: PostgreSQL delivers it to every
 * listening node when, and only if, that transaction commits. The payload is the token's hash, never its secret (or, for
 * an ended session, {@code session:<id>:<expiry>}).
 */
@Singleton
@ReportsOutages
class PostgresRevocationBroadcast implements RevocationBroadcast {
    static final String CHANNEL = "access_token_revoked";

    private final JdbcOperations jdbc;

    PostgresRevocationBroadcast(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void announce(TokenHash revoked) {
        announce(revoked.hex());
    }

    /** Tells every listening node {@code payload} when the caller's transaction commits. */
    void announce(String payload) {
        jdbc.prepareStatement("SELECT pg_notify(?, ?)", statement -> {
            statement.setString(1, CHANNEL);
            statement.setString(2, payload);
            statement.execute();
            return null;
        });
    }
}
