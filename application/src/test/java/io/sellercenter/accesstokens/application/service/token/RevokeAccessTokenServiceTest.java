package io.sellercenter.accesstokens.application.service.token;

import io.sellercenter.accesstokens.application.port.in.token.revoke.RevocationResult;
import io.sellercenter.accesstokens.application.port.in.token.revoke.RevokeAccessTokenCommand;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;
import io.sellercenter.accesstokens.domain.token.TokenStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.ADMIN;
import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.ORIGIN;
import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.OTHER_SELLER;
import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

class RevokeAccessTokenServiceTest {
    private final TokenServicesFixture tokens = new TokenServicesFixture();

    @Test
    void aRevokedTokenEndsAtThatMomentAndIsShownAsRevoked() {
        GeneratedAccessToken generated = tokens.generateFor(SELLER, Duration.ofDays(30), null);
        tokens.clock.advance(Duration.ofSeconds(30));

        RevocationResult result = tokens.revoke.revoke(command(generated));

        RevocationResult.Revoked revoked = (RevocationResult.Revoked) result;
        assertThat(revoked.token().status()).isEqualTo(TokenStatus.REVOKED);
        assertThat(revoked.token().token().revokedAt()).contains(tokens.clock.now());
        assertThat(revoked.token().token().validUntil()).isEqualTo(tokens.clock.now());
    }

    @Test
    void theRevocationIsAnnouncedInItsTransactionAndLeavesThisNodesCacheBeforeReturning() {
        GeneratedAccessToken generated = tokens.generateFor(SELLER, Duration.ofDays(30), null);
        tokens.cache.put(generated.token(), tokens.cache.stamp());
        tokens.journal.clear();

        tokens.revoke.revoke(command(generated));

        assertThat(tokens.journal).containsExactly("begin", "announce " + generated.token().hash().hex(), "commit",
                "evict", "publish TOKEN_REVOKED");
        assertThat(tokens.cache.isEmpty()).isTrue();
        assertThat(tokens.audit.recorded()).extracting(AuditEvent::action)
                .containsExactly(AuditEvent.Action.TOKEN_GENERATED, AuditEvent.Action.TOKEN_REVOKED);
    }

    @Test
    void revokingTwiceKeepsTheFirstRevocationAndAnnouncesNothingMore() {
        GeneratedAccessToken generated = tokens.generateFor(SELLER, Duration.ofDays(30), null);
        Instant first = tokens.clock.now();
        tokens.revoke.revoke(command(generated));
        tokens.clock.advance(Duration.ofHours(1));
        tokens.journal.clear();

        RevocationResult again = tokens.revoke.revoke(command(generated));

        RevocationResult.AlreadyRevoked already = (RevocationResult.AlreadyRevoked) again;
        assertThat(already.token().token().revokedAt()).contains(first);
        assertThat(already.token().status()).isEqualTo(TokenStatus.REVOKED);
        assertThat(tokens.journal).containsExactly("begin", "commit");
        assertThat(tokens.audit.recorded()).extracting(AuditEvent::action)
                .containsExactly(AuditEvent.Action.TOKEN_GENERATED, AuditEvent.Action.TOKEN_REVOKED);
    }

    @Test
    void anotherSellersTokenIsNotFoundAndStaysActive() {
        GeneratedAccessToken generated = tokens.generateFor(SELLER, Duration.ofDays(30), null);

        RevocationResult result = tokens.revoke.revoke(new RevokeAccessTokenCommand(OTHER_SELLER,
                generated.token().id(), ADMIN, ORIGIN));

        assertThat(result).isInstanceOf(RevocationResult.NotFound.class);
        assertThat(tokens.store.all()).singleElement()
                .satisfies(token -> assertThat(token.isRevoked()).isFalse());
        assertThat(tokens.events.published()).extracting(AuditEvent::action)
                .containsExactly(AuditEvent.Action.TOKEN_GENERATED);
    }

    private static RevokeAccessTokenCommand command(GeneratedAccessToken generated) {
        return new RevokeAccessTokenCommand(SELLER, generated.token().id(), ADMIN, ORIGIN);
    }
}
