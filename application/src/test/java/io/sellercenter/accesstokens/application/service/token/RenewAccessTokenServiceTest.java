package io.sellercenter.accesstokens.application.service.token;

import io.sellercenter.accesstokens.application.port.in.token.GenerateAccessTokenCommand;
import io.sellercenter.accesstokens.application.port.in.token.renew.RenewAccessTokenCommand;
import io.sellercenter.accesstokens.application.port.in.token.renew.RenewalResult;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AddressAllowlist;
import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.token.Scope;
import io.sellercenter.accesstokens.domain.token.TokenStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.ADMIN;
import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.ORIGIN;
import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.OTHER_SELLER;
import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenewAccessTokenServiceTest {
    private final TokenServicesFixture tokens = new TokenServicesFixture();

    @Test
    void renewalReplacesTheTokenAndRevokesTheOldOneInOneTransaction() {
        GeneratedAccessToken old = tokens.generateFor(SELLER, Duration.ofDays(30), "nightly export");
        tokens.clock.advance(Duration.ofDays(10));
        int before = tokens.transactions.count();

        RenewalResult result = tokens.renew.renew(command(old, Optional.empty()));

        assertThat(tokens.transactions.count() - before).isEqualTo(1);
        RenewalResult.Renewed renewed = (RenewalResult.Renewed) result;
        AccessToken replacement = renewed.replacement().token();
        assertThat(replacement.note()).isEqualTo(new Note("nightly export"));
        assertThat(replacement.sellerId()).isEqualTo(SELLER);
        assertThat(replacement.validUntil()).isEqualTo(tokens.clock.now().plus(Duration.ofDays(30)));
        assertThat(renewed.revoked().status()).isEqualTo(TokenStatus.REVOKED);
        assertThat(renewed.revoked().token().id()).isEqualTo(old.token().id());
        Instant now = tokens.clock.now();
        AuditEvent renewal = AuditEvent.change(now, AuditEvent.Action.TOKEN_RENEWED, ADMIN, SELLER, old.token().id(),
                ORIGIN);
        AuditEvent generation = AuditEvent.change(now, AuditEvent.Action.TOKEN_GENERATED, ADMIN, SELLER,
                replacement.id(), ORIGIN);
        assertThat(tokens.audit.recorded()).endsWith(renewal, generation);
        assertThat(tokens.events.published()).endsWith(renewal, generation);
    }

    @Test
    void theOldTokensEndIsAnnouncedInTheTransactionAndTheEventsAfterIt() {
        GeneratedAccessToken old = tokens.generateFor(SELLER, Duration.ofDays(30), null);
        tokens.cache.put(old.token(), tokens.cache.stamp());
        tokens.journal.clear();

        tokens.renew.renew(command(old, Optional.empty()));

        assertThat(tokens.journal).containsExactly("begin", "announce " + old.token().hash().hex(), "commit",
                "evict", "publish TOKEN_RENEWED", "publish TOKEN_GENERATED");
        assertThat(tokens.cache.holds(old.token().hash())).isFalse();
    }

    @Test
    void aGivenValidUntilIsTaken() {
        GeneratedAccessToken old = tokens.generateFor(SELLER, Duration.ofDays(10), null);
        Instant until = tokens.clock.now().plus(Duration.ofDays(60));

        RenewalResult.Renewed renewed = (RenewalResult.Renewed) tokens.renew.renew(command(old, Optional.of(until)));

        assertThat(renewed.replacement().token().validUntil()).isEqualTo(until);
    }

    @Test
    void theReplacementKeepsTheOldLimitsUnlessNewOnesAreGiven() {
        GeneratedAccessToken old = tokens.generate.generate(new GenerateAccessTokenCommand(SELLER, ADMIN,
                tokens.clock.now().plus(Duration.ofDays(10)), Note.empty(),
                Optional.of(List.of(Scope.parse("orders:read", "scopes"))),
                AddressAllowlist.of(List.of("203.0.113.7"), "allowedIps"), ORIGIN));

        RenewalResult.Renewed kept = (RenewalResult.Renewed) tokens.renew.renew(command(old, Optional.empty()));
        RenewalResult.Renewed changed = (RenewalResult.Renewed) tokens.renew.renew(new RenewAccessTokenCommand(SELLER,
                kept.replacement().token().id(), ADMIN, Optional.empty(),
                Optional.of(List.of(Scope.parse("stock:write", "scopes"))), Optional.of(AddressAllowlist.anywhere()),
                ORIGIN));

        assertThat(kept.replacement().token().limits()).isEqualTo(old.token().limits());
        assertThat(changed.replacement().token().limits().scopes().text()).isEqualTo("stock:read stock:write");
        assertThat(changed.replacement().token().limits().allowedFrom().isAnywhere()).isTrue();
    }

    @Test
    void byDefaultTheReplacementLivesNoLongerThanThePolicyAllows() {
        GeneratedAccessToken old = tokens.generateFor(SELLER, Duration.ofDays(365), null);
        tokens.clock.advance(Duration.ofDays(100));

        RenewalResult.Renewed renewed = (RenewalResult.Renewed) tokens.renew.renew(command(old, Optional.empty()));

        assertThat(renewed.replacement().token().validUntil())
                .isEqualTo(tokens.clock.now().plus(TokenServicesFixture.POLICY.maxLifetime()));
    }

    @Test
    void aBadValidUntilChangesNothing() {
        GeneratedAccessToken old = tokens.generateFor(SELLER, Duration.ofDays(30), null);

        assertThatThrownBy(() -> tokens.renew.renew(command(old,
                Optional.of(tokens.clock.now().minusSeconds(1))))).isInstanceOf(InvalidInput.class);

        assertThat(tokens.store.all()).singleElement().satisfies(token -> assertThat(token.isRevoked()).isFalse());
        assertThat(tokens.journal).doesNotContain("evict").last().isEqualTo("rollback");
    }

    @Test
    void aRevokedTokenCannotBeRenewed() {
        GeneratedAccessToken old = tokens.generateFor(SELLER, Duration.ofDays(30), null);
        tokens.revoke(SELLER, old);

        RenewalResult result = tokens.renew.renew(command(old, Optional.empty()));

        assertThat(result).isInstanceOf(RenewalResult.AlreadyRevoked.class);
        assertThat(((RenewalResult.AlreadyRevoked) result).token().status()).isEqualTo(TokenStatus.REVOKED);
        assertThat(tokens.store.all()).hasSize(1);
    }

    @Test
    void anotherSellersTokenIsNotFound() {
        GeneratedAccessToken old = tokens.generateFor(SELLER, Duration.ofDays(30), null);

        assertThat(tokens.renew.renew(new RenewAccessTokenCommand(OTHER_SELLER, old.token().id(), ADMIN,
                Optional.empty(), ORIGIN))).isInstanceOf(RenewalResult.NotFound.class);
        assertThat(tokens.store.all()).hasSize(1);
    }

    private static RenewAccessTokenCommand command(GeneratedAccessToken old, Optional<Instant> validUntil) {
        return new RenewAccessTokenCommand(SELLER, old.token().id(), ADMIN, validUntil, ORIGIN);
    }
}
