package io.sellercenter.accesstokens.adapter.web.token;

import io.sellercenter.accesstokens.domain.token.AddressAllowlist;
import io.sellercenter.accesstokens.domain.token.Scope;

import java.util.List;
import java.util.Optional;

/** A token's limits as requests give them. */
final class TokenLimitsValues {
    private TokenLimitsValues() {
    }

    /** The scopes asked for, read (their syntax checked; whether they exist is the catalog's business). */
    static Optional<List<Scope>> scopes(List<String> asked) {
        return Optional.ofNullable(asked).map(scopes -> scopes.stream()
                .map(text -> Scope.parse(text, "scopes")).toList());
    }

    static Optional<AddressAllowlist> allowlist(List<String> asked) {
        return Optional.ofNullable(asked).map(entries -> AddressAllowlist.of(entries, "allowedIps"));
    }

}
