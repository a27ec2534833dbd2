package io.sellercenter.accesstokens.application.port.out.token;

import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.shared.Page;
import io.sellercenter.accesstokens.domain.shared.PageRequest;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.TokenHash;
import io.sellercenter.accesstokens.domain.token.TokenStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where access tokens are kept. Every lookup but by hash is scoped to one seller. */
public interface AccessTokenStore {
    void add(AccessToken token);

    /** Stores the revocation of a token that {@link #findForUpdate} returned in the same transaction. */
    void saveRevocation(AccessToken token);

    Optional<AccessToken> find(SellerId sellerId, AccessTokenId id);

    /** Like {@link #find}, and holds the token against concurrent changes until the transaction ends. */
    Optional<AccessToken> findForUpdate(SellerId sellerId, AccessTokenId id);

    Optional<AccessToken> findByHash(TokenHash hash);

    /**
     * The tokens stored with any of these hashes, in no particular order; a hash that matches none adds nothing. A
     * store that can look many up at once overrides this default, which looks them up one by one.
     */
    default List<AccessToken> findAllByHash(Collection<TokenHash> hashes) {
        return hashes.stream().map(this::findByHash).flatMap(Optional::stream).toList();
    }

    /**
     * The tokens active at {@code now} and used since {@code since}, most recently used first, at most {@code limit}:
     * the ones a node that starts afresh is about to be asked for. A store that cannot tell keeps this default, none.
     */
    default List<AccessToken> findActiveUsedSince(Instant since, Instant now, int limit) {
        return List.of();
    }

    /** One page of a seller's tokens, newest first, optionally only those in {@code status} at {@code now}. */
    Page<AccessToken> page(SellerId sellerId, Optional<TokenStatus> status, Instant now, PageRequest page);
}
