package io.sellercenter.accesstokens.application.port.out.account;

import io.sellercenter.accesstokens.domain.account.SignInLockout;

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
     * Counts an attempt at {@code at} as a failure before its password is checked, unless {@code lockout} holds the
     * account at {@code at}: one more in the account's row if its last failure came after
     * {@link SignInLockout#rowContinuesAfter}, else the first of a new row. Atomic, however many nodes ask at once, so
     * parallel attempts can never together go past the lockout's limit. Says whether the attempt was counted; when it
     * was not, the account is locked out.
     */
    boolean reserveAttempt(String account, Instant at, SignInLockout lockout);

    /** Ends the account's row (it signed in). */
    void clear(String account);

    record Row(int failures, Instant lastFailureAt) {
    }
}
