package io.sellercenter.accesstokens.adapter.persistence.signin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface FailedSignInRepository extends GenericRepository<FailedSignInEntity, String> {
    Optional<FailedSignInEntity> findById(String accountHash);

    /**
     * One more failure in the row, or the first of a new one, unless the row has reached {@code maxFailures} and
     * continues (a lockout); atomic under concurrent attempts. Returns how many rows it wrote: 0 when locked out.
     */
    @Query("""
            INSERT INTO failed_sign_in (account_hash, failures, last_failure_at) VALUES (:accountHash, 1, :at)
            ON CONFLICT (account_hash) DO UPDATE SET
                failures = CASE WHEN failed_sign_in.last_failure_at > :rowContinuesAfter
                                THEN failed_sign_in.failures + 1 ELSE 1 END,
                last_failure_at = :at
            WHERE failed_sign_in.failures < :maxFailures OR failed_sign_in.last_failure_at <= :rowContinuesAfter""")
    int reserveAttempt(String accountHash, Instant at, Instant rowContinuesAfter, int maxFailures);

    /** Rows whose last failure is too old to continue: they would start over anyway. */
    @Query("DELETE FROM failed_sign_in WHERE last_failure_at <= :rowContinuesAfter")
    int deleteEnded(Instant rowContinuesAfter);

    void deleteById(String accountHash);
}
