package io.sellercenter.accesstokens.adapter.persistence;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;

/**
 * The database timeouts of application.yml, checked at start. The pool and the driver read them, and take some values
 * out of range for something else: Hikari waits for a connection without end at {@code 0} and for 30 s below 250 ms,
 * and the driver takes a negative socket timeout as none. A node with such a timeout would hang on an outage instead
 * of answering {@code 503}.
 */
@Context
class DatabaseTimeouts {
    DatabaseTimeouts(@Value("${access-tokens.database.connection-timeout-ms:2000}") long connectionTimeoutMs,
                     @Value("${access-tokens.database.statement-timeout-ms:2000}") long statementTimeoutMs,
                     @Value("${access-tokens.database.connect-timeout-seconds:2}") long connectTimeoutSeconds,
                     @Value("${access-tokens.database.socket-timeout-seconds:5}") long socketTimeoutSeconds) {
        Setting.atLeast("access-tokens.database.connection-timeout-ms", connectionTimeoutMs, 250);
        Setting.atLeast("access-tokens.database.statement-timeout-ms", statementTimeoutMs, 1);
        Setting.atLeast("access-tokens.database.connect-timeout-seconds", connectTimeoutSeconds, 1);
        Setting.atLeast("access-tokens.database.socket-timeout-seconds", socketTimeoutSeconds, 1);
    }
}
