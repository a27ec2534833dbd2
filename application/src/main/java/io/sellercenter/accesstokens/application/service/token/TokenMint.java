package io.sellercenter.accesstokens.application.service.token;

import io.sellercenter.accesstokens.application.port.out.RandomSource;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.token.Scope;
import io.sellercenter.accesstokens.domain.token.ScopeCatalog;
import io.sellercenter.accesstokens.domain.token.Scopes;
import io.sellercenter.accesstokens.domain.token.TokenLimits;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;
import io.sellercenter.accesstokens.domain.token.TokenSecret;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes new tokens with fresh secrets under the token policy, scoped to what the catalog knows; shared by generation
 * and renewal.
 */
final class TokenMint {
    private final RandomSource random;
    private final TokenPolicy policy;
    private final ScopeCatalog catalog;

    TokenMint(RandomSource random, TokenPolicy policy, ScopeCatalog catalog) {
        this.random = Objects.requireNonNull(random, "random");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    GeneratedAccessToken mint(SellerId sellerId, UserId createdBy, Note note, Instant validUntil, Instant now,
                              TokenLimits limits) {
        TokenSecret secret = TokenSecret.generate(random::nextInt);
        AccessToken token = AccessToken.generate(new AccessTokenId(random.nextUuid()), sellerId, createdBy, secret,
                note, validUntil, now, policy, limits);
        return new GeneratedAccessToken(token, secret);
    }

    /** The scopes asked for, each known to the catalog (at least one); none asked for is full access. */
    Scopes scopes(Optional<List<Scope>> asked) {
        return asked.map(scopes -> Scopes.of(catalog.known(scopes, "scopes"), "scopes")).orElse(Scopes.fullAccess());
    }

    TokenPolicy policy() {
        return policy;
    }
}
