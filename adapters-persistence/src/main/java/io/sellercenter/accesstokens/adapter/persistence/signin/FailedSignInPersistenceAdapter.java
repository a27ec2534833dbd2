package io.sellercenter.accesstokens.adapter.persistence.signin;

import io.sellercenter.accesstokens.adapter.persistence.ReportsOutages;
import io.sellercenter.accesstokens.application.port.out.account.FailedSignIns;
import io.sellercenter.accesstokens.domain.account.SignInLockout;
import io.sellercenter.accesstokens.domain.shared.Sha256;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Failed sign-ins in {@code failed_sign_in}, shared by every node, each counted by one statement before its password is
 * checked. Accounts are stored as their SHA-256 only; rows that can no longer continue are deleted whenever an attempt
 * is counted, so the table holds recent rows only.
 */
@Singleton
@ReportsOutages
class FailedSignInPersistenceAdapter implements FailedSignIns {
    private final FailedSignInRepository repository;

    FailedSignInPersistenceAdapter(FailedSignInRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Row> find(String account) {
        return repository.findById(hash(account)).map(row -> new Row(row.failures(), row.lastFailureAt()));
    }

    @Override
    public boolean reserveAttempt(String account, Instant at, SignInLockout lockout) {
        Instant rowContinuesAfter = lockout.rowContinuesAfter(at);
        repository.deleteEnded(rowContinuesAfter);
        return repository.reserveAttempt(hash(account), at, rowContinuesAfter, lockout.maxFailures()) > 0;
    }

    @Override
    public void clear(String account) {
        repository.deleteById(hash(account));
    }

    private static String hash(String account) {
        return HexFormat.of().formatHex(Sha256.of(account.getBytes(StandardCharsets.UTF_8)));
    }
}
