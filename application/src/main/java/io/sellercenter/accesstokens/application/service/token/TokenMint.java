package io.sellercenter.accesstokens.application.service.token;

import io.sellercenter.accesstokens.application.port.out.RandomSource;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;
import io.sellercenter.accesstokens.domain.token.TokenSecret;

import java.time.Instant;
import java.util.Objects;

/** Makes new tokens with fresh secrets under the token policy; shared by generation and renewal. */
final class TokenMint {
    private final RandomSource random;
    private final TokenPolicy policy;

    TokenMint(RandomSource random, TokenPolicy policy) {
        this.random = Objects.requireNonNull(random, "random");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    GeneratedAccessToken mint(SellerId sellerId, UserId createdBy, Note note, Instant validUntil, Instant now) {
        TokenSecret secret = TokenSecret.generate(random::nextInt);
        AccessToken token = AccessToken.generate(new AccessTokenId(random.nextUuid()), sellerId, createdBy, secret,
                note, validUntil, now, policy);
        return new GeneratedAccessToken(token, secret);
    }

    TokenPolicy policy() {
        return policy;
    }
}
