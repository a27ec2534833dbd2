package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.account.FailedSignIns;
import io.sellercenter.accesstokens.domain.account.SignInLockout;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** The failed-sign-in rows in a map, counted as the port promises. */
public final class InMemoryFailedSignIns implements FailedSignIns {
    private final Map<String, Row> rows = new ConcurrentHashMap<>();

    @Override
    public Optional<Row> find(String account) {
        return Optional.ofNullable(rows.get(account));
    }

    @Override
    public boolean reserveAttempt(String account, Instant at, SignInLockout lockout) {
        Instant rowContinuesAfter = lockout.rowContinuesAfter(at);
        rows.values().removeIf(row -> !row.lastFailureAt().isAfter(rowContinuesAfter));
        AtomicBoolean counted = new AtomicBoolean(true);
        rows.compute(account, (key, old) -> {
            if (old == null || !old.lastFailureAt().isAfter(rowContinuesAfter)) {
                return new Row(1, at);
            }
            if (lockout.lockedUntil(old.failures(), old.lastFailureAt(), at).isPresent()) {
                counted.set(false);
                return old;
            }
            return new Row(old.failures() + 1, at);
        });
        return counted.get();
    }

    @Override
    public void clear(String account) {
        rows.remove(account);
    }
}
