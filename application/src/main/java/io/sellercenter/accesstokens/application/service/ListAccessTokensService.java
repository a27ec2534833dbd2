package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.port.in.AccessTokenPage;
import io.sellercenter.accesstokens.application.port.in.ListAccessTokensQuery;
import io.sellercenter.accesstokens.application.port.in.ListAccessTokensUseCase;
import io.sellercenter.accesstokens.application.port.out.AccessTokenStore;
import io.sellercenter.accesstokens.application.port.out.TimeSource;

public final class ListAccessTokensService implements ListAccessTokensUseCase {
    private final AccessTokenStore tokens;
    private final TimeSource time;

    public ListAccessTokensService(AccessTokenStore tokens, TimeSource time) {
        this.tokens = tokens;
        this.time = time;
    }

    @Override
    public AccessTokenPage list(ListAccessTokensQuery query) {
        return tokens.page(query.sellerId(), query.status(), time.now(), query.page(), query.size());
    }
}
