package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.sellercenter.accesstokens.application.port.out.contract.KnownTokenCacheContract;
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

/** The Caffeine cache keeps the cache's promises while it listens, and answers nothing while it does not. */
class CaffeineKnownTokenCacheTest extends KnownTokenCacheContract {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final CaffeineKnownTokenCache cache = new CaffeineKnownTokenCache(true, 100, Duration.ofMinutes(1), Duration.ofMinutes(1));
    private final CaffeineKnownTokenCache listening = new CaffeineKnownTokenCache(true, 100, Duration.ofMinutes(1), Duration.ofMinutes(1));

    {
        listening.listening(true);
    }

    @Override
    protected KnownTokenCache cache() {
        return listening;
    }
    private final AccessToken token = AccessToken.generate(new AccessTokenId(UUID.randomUUID()),
            new SellerId(UUID.randomUUID()), new UserId(UUID.randomUUID()), TokenSecret.generate(RANDOM::nextInt),
            Note.empty(), Instant.now().plusSeconds(3600), Instant.now(), new TokenPolicy(Duration.ofDays(1)));

    @Test
    void answersOnlyWhileTheListenerListens() {
        cache.put(token, cache.stamp());
        assertThat(cache.get(token.hash())).as("not listening yet").isEmpty();

        cache.listening(true);
        cache.put(token, cache.stamp());
        assertThat(cache.get(token.hash())).contains(token);

        cache.listening(false);
        assertThat(cache.get(token.hash())).isEmpty();
        cache.listening(true);
        assertThat(cache.get(token.hash())).as("emptied while not listening").isEmpty();
    }

    @Test
    void turnedOffItNeverAnswers() {
        CaffeineKnownTokenCache off = new CaffeineKnownTokenCache(false, 100, Duration.ofMinutes(1), Duration.ofMinutes(1));
        off.listening(true);

        off.put(token, off.stamp());

        assertThat(off.get(token.hash())).isEmpty();
    }
}
