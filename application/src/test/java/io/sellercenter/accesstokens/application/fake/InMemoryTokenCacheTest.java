package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.contract.KnownTokenCacheContract;
import io.sellercenter.accesstokens.application.port.out.token.KnownTokenCache;

import java.util.ArrayList;

class InMemoryTokenCacheTest extends KnownTokenCacheContract {
    private final InMemoryTokenCache cache = new InMemoryTokenCache(new ArrayList<>());

    @Override
    protected KnownTokenCache cache() {
        return cache;
    }
}
