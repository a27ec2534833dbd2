package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.token.KnownTokenCache;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.TokenHash;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The cache contract as a map with an eviction counter; notes evictions in a shared journal. */
public final class InMemoryTokenCache implements KnownTokenCache {
    private final Map<TokenHash, AccessToken> entries = new HashMap<>();
    private final Set<TokenHash> unknown = new HashSet<>();
    private final List<String> journal;
    private long evictions;

    public InMemoryTokenCache(List<String> journal) {
        this.journal = journal;
    }

    @Override
    public synchronized Optional<AccessToken> get(TokenHash hash) {
        return Optional.ofNullable(entries.get(hash));
    }

    @Override
    public synchronized long stamp() {
        return evictions;
    }

    @Override
    public synchronized void put(AccessToken token, long stamp) {
        if (stamp == evictions) {
            entries.put(token.hash(), token);
        }
    }

    @Override
    public synchronized void putUnknown(TokenHash hash) {
        unknown.add(hash);
    }

    @Override
    public synchronized boolean isKnownUnknown(TokenHash hash) {
        return unknown.contains(hash);
    }

    @Override
    public synchronized void evict(TokenHash hash) {
        evictions++;
        entries.remove(hash);
        journal.add("evict");
    }

    @Override
    public synchronized void clear() {
        evictions++;
        entries.clear();
        unknown.clear();
    }

    public synchronized boolean holds(TokenHash hash) {
        return entries.containsKey(hash);
    }

    public synchronized boolean isEmpty() {
        return entries.isEmpty();
    }
}
