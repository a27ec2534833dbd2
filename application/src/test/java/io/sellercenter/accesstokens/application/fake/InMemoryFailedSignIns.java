package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.account.FailedSignIns;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The failed-sign-in rows in a map, counted as the port promises. */
public final class InMemoryFailedSignIns implements FailedSignIns {
    private final Map<String, Row> rows = new ConcurrentHashMap<>();

    @Override
    public Optional<Row> find(String account) {
        return Optional.ofNullable(rows.get(account));
    }

    @Override
    public void add(String account, Instant at, Instant rowContinuesAfter) {
        rows.values().removeIf(row -> !row.lastFailureAt().isAfter(rowContinuesAfter));
        rows.merge(account, new Row(1, at), (old, first) -> old.lastFailureAt().isAfter(rowContinuesAfter)
                ? new Row(old.failures() + 1, at) : first);
    }

    @Override
    public void clear(String account) {
        rows.remove(account);
    }
}
