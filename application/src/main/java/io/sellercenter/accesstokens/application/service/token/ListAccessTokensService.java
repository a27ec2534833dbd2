package io.sellercenter.accesstokens.application.service.token;

import io.sellercenter.accesstokens.application.port.in.token.AccessTokenPage;
import io.sellercenter.accesstokens.application.port.in.token.ListAccessTokensQuery;
import io.sellercenter.accesstokens.application.port.in.token.ListAccessTokensUseCase;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
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
