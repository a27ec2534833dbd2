package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.port.out.token.KnownTokenCache;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.TokenHash;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cache contract as a map with an eviction counter; logs evictions to a shared journal. */
final class InMemoryTokenCache implements KnownTokenCache {
    final Map<TokenHash, AccessToken> entries = new HashMap<>();
    private final List<String> journal;
    private long evictions;

    InMemoryTokenCache(List<String> journal) {
        this.journal = journal;
    }

    @Override
    public Optional<AccessToken> get(TokenHash hash) {
        return Optional.ofNullable(entries.get(hash));
    }

    @Override
    public long stamp() {
        return evictions;
    }

    @Override
    public void put(AccessToken token, long stamp) {
        if (stamp == evictions) {
            entries.put(token.hash(), token);
        }
    }

    @Override
    public void evict(TokenHash hash) {
        evictions++;
        entries.remove(hash);
        journal.add("evict");
    }

    @Override
    public void clear() {
        evictions++;
        entries.clear();
    }
}
