package io.sellercenter.accesstokens.application.port.out.account;

import java.time.Instant;
import java.util.Optional;

/**
 * The failed sign-ins in a row of each account (an e-mail as typed, normalised), shared by every node so that a
 * lockout holds whichever node is asked.
 */
public interface FailedSignIns {
    /** The account's row of failures, if it has one. */
    Optional<Row> find(String account);

    /**
     * Counts a failure at {@code at}: one more in the account's row if its last failure came after
     * {@code rowContinuesAfter}, else the first of a new row. Atomic, however many nodes count at once.
     */
    void add(String account, Instant at, Instant rowContinuesAfter);

    /** Ends the account's row (it signed in). */
    void clear(String account);

    record Row(int failures, Instant lastFailureAt) {
    }
}
