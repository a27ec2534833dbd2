package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.port.in.token.AccessTokenPage;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.token.TokenHash;
import io.sellercenter.accesstokens.domain.token.TokenStatus;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The token store as a map; counts lookups by hash so tests can tell when the store was (not) asked. */
class InMemoryAccessTokenStore implements AccessTokenStore {
    final Map<AccessTokenId, AccessToken> tokens = new LinkedHashMap<>();
    int hashLookups;

    @Override
    public void add(AccessToken token) {
        if (tokens.values().stream().anyMatch(t -> t.hash().equals(token.hash()))) {
            throw new IllegalStateException("duplicate hash");
        }
        tokens.put(token.id(), token);
    }

    @Override
    public void saveRevocation(AccessToken token) {
        tokens.put(token.id(), token);
    }

    @Override
    public Optional<AccessToken> find(SellerId sellerId, AccessTokenId id) {
        return Optional.ofNullable(tokens.get(id)).filter(t -> t.sellerId().equals(sellerId));
    }

    @Override
    public Optional<AccessToken> findForUpdate(SellerId sellerId, AccessTokenId id) {
        return find(sellerId, id);
    }

    @Override
    public Optional<AccessToken> findByHash(TokenHash hash) {
        hashLookups++;
        return tokens.values().stream().filter(t -> t.hash().equals(hash)).findFirst();
    }

    @Override
    public AccessTokenPage page(SellerId sellerId, Optional<TokenStatus> status, Instant now, int page, int size) {
        List<AccessToken> matching = tokens.values().stream()
                .filter(t -> t.sellerId().equals(sellerId))
                .filter(t -> status.map(s -> t.statusAt(now) == s).orElse(true))
                .sorted(Comparator.comparing(AccessToken::createdAt).reversed())
                .toList();
        List<AccessToken> items = matching.stream().skip((long) page * size).limit(size).toList();
        return new AccessTokenPage(items, page, size, matching.size());
    }
}
