package io.sellercenter.accesstokens.domain.token;

import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final TokenPolicy POLICY = new TokenPolicy(Duration.ofDays(365));
    private static final TokenSecret SECRET = TokenSecret.generate(bound -> 7);

    @Test
    void newTokenIsActiveAtOnceAndKeepsOnlyTheHashAndHint() {
        AccessToken token = generate(NOW.plus(Duration.ofDays(30)));

        assertThat(token.statusAt(NOW)).isEqualTo(TokenStatus.ACTIVE);
        assertThat(token.isUsableAt(NOW)).isTrue();
        assertThat(token.hash()).isEqualTo(SECRET.hash());
        assertThat(token.hint()).isEqualTo(SECRET.hint());
        assertThat(token.createdAt()).isEqualTo(NOW);
        assertThat(token.revokedAt()).isEmpty();
    }

    @Test
    void tokenExpiresExactlyAtValidUntil() {
        Instant end = NOW.plusSeconds(60);
        AccessToken token = generate(end);

        assertThat(token.statusAt(end.minusNanos(1))).isEqualTo(TokenStatus.ACTIVE);
        assertThat(token.statusAt(end)).isEqualTo(TokenStatus.EXPIRED);
        assertThat(token.isUsableAt(end)).isFalse();
    }

    @Test
    void validUntilMustBeInTheFutureAndWithinTheMaxLifetime() {
        assertThatThrownBy(() -> generate(NOW)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("future").extracting("field").isEqualTo("validUntil");
        assertThatThrownBy(() -> generate(NOW.minusSeconds(1))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> generate(NOW.plus(Duration.ofDays(365)).plusSeconds(1)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("365 days");
        assertThatThrownBy(() -> generate(null)).isInstanceOf(InvalidInput.class);
        assertThat(generate(NOW.plus(Duration.ofDays(365))).validUntil()).isEqualTo(NOW.plus(Duration.ofDays(365)));
    }

    @Test
    void revokingEndsTheTokenAtThatMoment() {
        AccessToken token = generate(NOW.plus(Duration.ofDays(30)));
        Instant revokedAt = NOW.plusSeconds(90);

        AccessToken revoked = token.revoke(revokedAt);

        assertThat(revoked.revokedAt()).contains(revokedAt);
        assertThat(revoked.validUntil()).isEqualTo(revokedAt);
        assertThat(revoked.statusAt(revokedAt)).isEqualTo(TokenStatus.REVOKED);
        assertThat(revoked.statusAt(NOW)).as("revoked is revoked at any instant").isEqualTo(TokenStatus.REVOKED);
        assertThat(token.revokedAt()).as("the original is untouched").isEmpty();
    }

    @Test
    void revokingAgainChangesNothing() {
        AccessToken revoked = generate(NOW.plus(Duration.ofDays(30))).revoke(NOW.plusSeconds(5));

        AccessToken again = revoked.revoke(NOW.plusSeconds(500));

        assertThat(again.revokedAt()).contains(NOW.plusSeconds(5));
        assertThat(again.validUntil()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void revokingAnExpiredTokenNeverExtendsIt() {
        Instant end = NOW.plusSeconds(60);
        AccessToken revoked = generate(end).revoke(end.plusSeconds(3600));

        assertThat(revoked.validUntil()).isEqualTo(end);
        assertThat(revoked.statusAt(end.plusSeconds(3600))).isEqualTo(TokenStatus.REVOKED);
    }

    @Test
    void renewalByDefaultLastsAsLongAsTheOriginalWasMeantTo() {
        AccessToken token = generate(NOW.plus(Duration.ofDays(30)));
        Instant later = NOW.plus(Duration.ofDays(10));

        assertThat(token.defaultRenewalValidUntil(later, POLICY)).isEqualTo(later.plus(Duration.ofDays(30)));
    }

    @Test
    void renewalByDefaultNeverReachesBeyondWhatThePolicyAllowsToday() {
        AccessToken token = generate(NOW.plus(Duration.ofDays(300)));
        TokenPolicy stricter = new TokenPolicy(Duration.ofDays(90));
        Instant later = NOW.plus(Duration.ofDays(10));

        assertThat(token.defaultRenewalValidUntil(later, stricter)).isEqualTo(later.plus(Duration.ofDays(90)));
    }

    @Test
    void aJustGeneratedTokenIsActive() {
        GeneratedAccessToken generated = new GeneratedAccessToken(generate(NOW.plusSeconds(60)), SECRET);

        assertThat(generated.status()).isEqualTo(TokenStatus.ACTIVE);
    }

    @Test
    void printingATokenShowsNoSecretOrHash() {
        AccessToken token = generate(NOW.plusSeconds(60));

        assertThat(token.toString()).doesNotContain(SECRET.reveal()).doesNotContain(token.hash().hex());
    }

    private static AccessToken generate(Instant validUntil) {
        return AccessToken.generate(new AccessTokenId(UUID.randomUUID()), new SellerId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()), SECRET, new Note("test"), validUntil, NOW, POLICY);
    }
}
