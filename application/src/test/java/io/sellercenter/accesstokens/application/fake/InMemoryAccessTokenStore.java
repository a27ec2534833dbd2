package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.shared.Page;
import io.sellercenter.accesstokens.domain.shared.PageRequest;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.TokenHash;
import io.sellercenter.accesstokens.domain.token.TokenStatus;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The token store as a map; counts lookups by hash so that tests can tell when the store was (not) asked. */
public class InMemoryAccessTokenStore implements AccessTokenStore {
    private static final Comparator<AccessToken> NEWEST_FIRST = Comparator.comparing(AccessToken::createdAt)
            .thenComparing(token -> token.id().value()).reversed();
    private final Map<AccessTokenId, AccessToken> tokens = new LinkedHashMap<>();
    private int hashLookups;

    @Override
    public synchronized void add(AccessToken token) {
        if (tokens.values().stream().anyMatch(t -> t.hash().equals(token.hash()))) {
            throw new IllegalStateException("a token with this hash exists");
        }
        tokens.put(token.id(), token);
    }

    @Override
    public synchronized void saveRevocation(AccessToken token) {
        tokens.put(token.id(), token);
    }

    @Override
    public synchronized Optional<AccessToken> find(SellerId sellerId, AccessTokenId id) {
        return Optional.ofNullable(tokens.get(id)).filter(t -> t.sellerId().equals(sellerId));
    }

    @Override
    public Optional<AccessToken> findForUpdate(SellerId sellerId, AccessTokenId id) {
        return find(sellerId, id);
    }

    @Override
    public synchronized Optional<AccessToken> findByHash(TokenHash hash) {
        hashLookups++;
        return tokens.values().stream().filter(t -> t.hash().equals(hash)).findFirst();
    }

    @Override
    public synchronized List<AccessToken> findActiveUsedSince(Instant since, Instant now, int limit) {
        return tokens.values().stream()
                .filter(t -> t.statusAt(now) == TokenStatus.ACTIVE)
                .filter(t -> t.lastUsedAt().filter(used -> !used.isBefore(since)).isPresent())
                .sorted(Comparator.comparing((AccessToken t) -> t.lastUsedAt().orElseThrow()).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized Page<AccessToken> page(SellerId sellerId, Optional<TokenStatus> status, Instant now,
                                               PageRequest page) {
        List<AccessToken> matching = tokens.values().stream()
                .filter(t -> t.sellerId().equals(sellerId))
                .filter(t -> status.map(s -> t.statusAt(now) == s).orElse(true))
                .sorted(NEWEST_FIRST)
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), page, matching.size());
    }

    /** Every token stored, in the order they were added. */
    public synchronized List<AccessToken> all() {
        return List.copyOf(tokens.values());
    }

    public synchronized int hashLookups() {
        return hashLookups;
    }
}
