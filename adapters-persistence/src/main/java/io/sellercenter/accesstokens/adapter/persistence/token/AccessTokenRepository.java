package io.sellercenter.accesstokens.adapter.persistence.token;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccessTokenRepository extends GenericRepository<AccessTokenEntity, UUID> {
    AccessTokenEntity save(AccessTokenEntity token);

    void update(@Id UUID id, Instant validUntil, Instant revokedAt);

    Optional<AccessTokenEntity> findByIdAndSellerId(UUID id, UUID sellerId);

    Optional<AccessTokenEntity> findByIdAndSellerIdForUpdate(UUID id, UUID sellerId);

    Optional<AccessTokenEntity> findByTokenHash(String tokenHash);

    List<AccessTokenEntity> findByTokenHashIn(Collection<String> tokenHashes);

    @Query("""
            SELECT * FROM access_token
            WHERE revoked_at IS NULL AND valid_until > :now AND last_used_at >= :since
            ORDER BY last_used_at DESC LIMIT :limit""")
    List<AccessTokenEntity> findActiveUsedSince(Instant since, Instant now, int limit);

    Page<AccessTokenEntity> findBySellerId(UUID sellerId, Pageable pageable);

    Page<AccessTokenEntity> findBySellerIdAndRevokedAtIsNullAndValidUntilGreaterThan(
            UUID sellerId, Instant now, Pageable pageable);

    Page<AccessTokenEntity> findBySellerIdAndRevokedAtIsNullAndValidUntilLessThanEquals(
            UUID sellerId, Instant now, Pageable pageable);

    Page<AccessTokenEntity> findBySellerIdAndRevokedAtIsNotNull(UUID sellerId, Pageable pageable);
}
