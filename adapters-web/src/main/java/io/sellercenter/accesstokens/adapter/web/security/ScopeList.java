package io.sellercenter.accesstokens.adapter.web.security;

import io.sellercenter.accesstokens.domain.token.Scope;
import io.sellercenter.accesstokens.domain.token.Scopes;
import io.sellercenter.accesstokens.domain.token.TokenLimits;

import java.util.List;

/** A token's scopes as the API lists them: as granted, or {@code ["*"]} for full access. */
public final class ScopeList {
    private ScopeList() {
    }

    public static List<String> of(TokenLimits limits) {
        return limits.scopes().granted().map(granted -> granted.stream().map(Scope::text).toList())
                .orElse(List.of(Scopes.FULL_ACCESS));
    }
}
