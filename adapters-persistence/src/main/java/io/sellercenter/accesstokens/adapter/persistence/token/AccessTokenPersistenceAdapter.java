package io.sellercenter.accesstokens.adapter.persistence.token;

import io.micronaut.context.BeanProvider;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.TransactionOperations;
import io.sellercenter.accesstokens.adapter.persistence.DatabaseSettings;
import io.sellercenter.accesstokens.adapter.persistence.JoinedReads;
import io.sellercenter.accesstokens.adapter.persistence.ReportsOutages;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.shared.Page;
import io.sellercenter.accesstokens.domain.shared.PageRequest;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.TokenHash;
import io.sellercenter.accesstokens.domain.token.TokenStatus;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
@ReportsOutages
class AccessTokenPersistenceAdapter implements AccessTokenStore {
    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final AccessTokenRepository repository;
    private final AccessTokenRowMapper mapper;
    /**
     * Asked for at each lookup, not made with this adapter: the pool's metrics need the cache's, which need this
     * adapter, and the transactions need the pool, so made here they had the pool made again and again at start.
     */
    private final BeanProvider<TransactionOperations<Connection>> transactions;
    private final JoinedReads<TokenHash, AccessToken> byHash;

    AccessTokenPersistenceAdapter(AccessTokenRepository repository, AccessTokenRowMapper mapper,
                                  BeanProvider<TransactionOperations<Connection>> transactions,
                                  DatabaseSettings settings) {
        this.repository = repository;
        this.mapper = mapper;
        this.transactions = transactions;
        this.byHash = new JoinedReads<>(AccessToken::hash, this::findAllByHash, settings.connectionTimeout());
    }

    @Override
    public void add(AccessToken token) {
        repository.save(mapper.toEntity(token));
    }

    @Override
    public void saveRevocation(AccessToken token) {
        Instant revokedAt = token.revokedAt().orElseThrow(() -> new IllegalArgumentException("token is not revoked"));
        repository.update(token.id().value(), token.validUntil(), revokedAt);
    }

    @Override
    public Optional<AccessToken> find(SellerId sellerId, AccessTokenId id) {
        return repository.findByIdAndSellerId(id.value(), sellerId.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<AccessToken> findForUpdate(SellerId sellerId, AccessTokenId id) {
        return repository.findByIdAndSellerIdForUpdate(id.value(), sellerId.value()).map(mapper::toDomain);
    }

    /**
     * Read together with the other lookups by hash of about the same time ({@link JoinedReads}): a node's token checks
     * that miss its cache. Inside a transaction, read in it, which sees what the transaction wrote.
     */
    @Override
    public Optional<AccessToken> findByHash(TokenHash hash) {
        if (transactions.get().findTransactionStatus().isPresent()) {
            return repository.findByTokenHash(hash.hex()).map(mapper::toDomain);
        }
        return byHash.read(hash);
    }

    /** In one query. */
    @Override
    public List<AccessToken> findAllByHash(Collection<TokenHash> hashes) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        return repository.findByTokenHashIn(hashes.stream().map(TokenHash::hex).toList()).stream()
                .map(mapper::toDomain).toList();
    }

    @Override
    public List<AccessToken> findActiveUsedSince(Instant since, Instant now, int limit) {
        return repository.findActiveUsedSince(since, now, limit).stream().map(mapper::toDomain).toList();
    }

    @Override
    public Page<AccessToken> page(SellerId sellerId, Optional<TokenStatus> status, Instant now, PageRequest page) {
        Pageable pageable = Pageable.from(page.page(), page.size(), NEWEST_FIRST);
        UUID seller = sellerId.value();
        io.micronaut.data.model.Page<AccessTokenEntity> rows = status.map(s -> switch (s) {
            case ACTIVE -> repository.findBySellerIdAndRevokedAtIsNullAndValidUntilGreaterThan(seller, now, pageable);
            case EXPIRED -> repository.findBySellerIdAndRevokedAtIsNullAndValidUntilLessThanEquals(seller, now, pageable);
            case REVOKED -> repository.findBySellerIdAndRevokedAtIsNotNull(seller, pageable);
        }).orElseGet(() -> repository.findBySellerId(seller, pageable));
        return new Page<>(rows.getContent().stream().map(mapper::toDomain).toList(), page, rows.getTotalSize());
    }
}
