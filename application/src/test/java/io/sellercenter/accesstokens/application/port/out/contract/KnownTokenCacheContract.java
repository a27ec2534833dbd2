package io.sellercenter.accesstokens.application.port.out.contract;

import io.sellercenter.accesstokens.application.port.out.token.KnownTokenCache;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;
import io.sellercenter.accesstokens.domain.token.TokenSecret;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link KnownTokenCache} promises, once it is answering: it keeps what it is given, forgets what it is
 * told to, and never keeps a token whose read raced with an eviction.
 */
public abstract class KnownTokenCacheContract {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A cache, empty and answering. */
    protected abstract KnownTokenCache cache();

    private final AccessToken token = token();
    private final AccessToken other = token();

    @Test
    void aTokenPutIsFoundByItsHash() {
        cache().put(token, cache().stamp());

        assertThat(cache().get(token.hash())).contains(token);
        assertThat(cache().get(other.hash())).isEmpty();
    }

    @Test
    void anEvictedTokenIsGoneAndOthersStay() {
        cache().put(token, cache().stamp());
        cache().put(other, cache().stamp());

        cache().evict(token.hash());

        assertThat(cache().get(token.hash())).isEmpty();
        assertThat(cache().get(other.hash())).contains(other);
    }

    @Test
    void aPutThatRacedWithAnEvictionIsDropped() {
        long stampBeforeRead = cache().stamp();
        cache().evict(token.hash());

        cache().put(token, stampBeforeRead);

        assertThat(cache().get(token.hash())).isEmpty();
    }

    @Test
    void clearingForgetsEverythingAndCountsAsAnEviction() {
        cache().put(token, cache().stamp());
        long stampBeforeRead = cache().stamp();

        cache().clear();
        cache().put(other, stampBeforeRead);

        assertThat(cache().get(token.hash())).isEmpty();
        assertThat(cache().get(other.hash())).isEmpty();
    }

    @Test
    void aHashThatMatchedNoTokenIsKnownUnknownUntilCleared() {
        cache().putUnknown(token.hash());

        assertThat(cache().isKnownUnknown(token.hash())).isTrue();
        assertThat(cache().isKnownUnknown(other.hash())).isFalse();
        assertThat(cache().get(token.hash())).isEmpty();

        cache().clear();
        assertThat(cache().isKnownUnknown(token.hash())).isFalse();
    }

    @Test
    void aRevokedTokenIsKeptLikeAnyOther() {
        AccessToken revoked = token.revoke(Instant.now());

        cache().put(revoked, cache().stamp());

        assertThat(cache().get(token.hash())).contains(revoked);
    }

    private static AccessToken token() {
        Instant now = Instant.now();
        return AccessToken.generate(new AccessTokenId(UUID.randomUUID()), new SellerId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()), TokenSecret.generate(RANDOM::nextInt), Note.empty(),
                now.plusSeconds(3600), now, new TokenPolicy(Duration.ofDays(1)));
    }
}
