package io.sellercenter.accesstokens.application.service.token;

import io.sellercenter.accesstokens.application.port.in.token.AccessTokenView;
import io.sellercenter.accesstokens.application.port.in.token.GetAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.token.GetTokenPolicyUseCase;
import io.sellercenter.accesstokens.application.port.in.token.ListAccessTokensQuery;
import io.sellercenter.accesstokens.application.port.in.token.ListAccessTokensUseCase;
import io.sellercenter.accesstokens.application.port.in.token.ListScopesUseCase;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.shared.Page;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.ScopeCatalog;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What a seller admin reads about tokens; every status shown is judged against one reading of the clock. */
public final class AccessTokenQueryService implements ListAccessTokensUseCase, GetAccessTokenUseCase,
        GetTokenPolicyUseCase, ListScopesUseCase {
    private final AccessTokenStore tokens;
    private final TimeSource time;
    private final TokenPolicy policy;
    private final ScopeCatalog catalog;

    public AccessTokenQueryService(AccessTokenStore tokens, TimeSource time, TokenPolicy policy,
                                   ScopeCatalog catalog) {
        this.tokens = tokens;
        this.time = time;
        this.policy = policy;
        this.catalog = catalog;
    }

    /** Filters by status and shows each token's status as of the same instant. */
    @Override
    public Page<AccessTokenView> list(ListAccessTokensQuery query) {
        Instant now = time.now();
        return tokens.page(query.sellerId(), query.status(), now, query.page())
                .map(token -> AccessTokenView.at(token, now));
    }

    @Override
    public Optional<AccessTokenView> get(SellerId sellerId, AccessTokenId tokenId) {
        Instant now = time.now();
        return tokens.find(sellerId, tokenId).map(token -> AccessTokenView.at(token, now));
    }

    @Override
    public Duration maxLifetime() {
        return policy.maxLifetime();
    }

    @Override
    public ScopeCatalog scopes() {
        return catalog;
    }
}
