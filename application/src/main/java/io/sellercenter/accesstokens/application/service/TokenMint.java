package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.port.out.RandomSource;
import io.sellercenter.accesstokens.domain.AccessToken;
import io.sellercenter.accesstokens.domain.AccessTokenId;
import io.sellercenter.accesstokens.domain.GeneratedAccessToken;
import io.sellercenter.accesstokens.domain.Note;
import io.sellercenter.accesstokens.domain.SellerId;
import io.sellercenter.accesstokens.domain.TokenPolicy;
import io.sellercenter.accesstokens.domain.TokenSecret;
import io.sellercenter.accesstokens.domain.UserId;

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
