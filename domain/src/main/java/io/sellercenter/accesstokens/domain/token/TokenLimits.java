package io.sellercenter.accesstokens.domain.token;

import java.util.Objects;

/**
 * What a token is limited to, fixed when it is made: its scopes, and the addresses it may be used from. A token made
 * without limits (as every token was before limits existed) has full access from anywhere.
 */
public record TokenLimits(Scopes scopes, AddressAllowlist allowedFrom) {
    private static final TokenLimits NONE = new TokenLimits(Scopes.fullAccess(), AddressAllowlist.anywhere());

    public TokenLimits {
        Objects.requireNonNull(scopes, "scopes");
        Objects.requireNonNull(allowedFrom, "allowedFrom");
    }

    public static TokenLimits none() {
        return NONE;
    }
}
