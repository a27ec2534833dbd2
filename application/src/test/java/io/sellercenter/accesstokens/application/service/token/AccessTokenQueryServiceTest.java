package io.sellercenter.accesstokens.application.service.token;

import io.sellercenter.accesstokens.application.port.in.token.AccessTokenView;
import io.sellercenter.accesstokens.application.port.in.token.ListAccessTokensQuery;
import io.sellercenter.accesstokens.domain.shared.Page;
import io.sellercenter.accesstokens.domain.shared.PageRequest;
import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;
import io.sellercenter.accesstokens.domain.token.TokenStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.OTHER_SELLER;
import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.POLICY;
import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

class AccessTokenQueryServiceTest {
    private final TokenServicesFixture tokens = new TokenServicesFixture();

    @Test
    void listingIsScopedToTheSellerAndFilteredByStatusNow() {
        GeneratedAccessToken shortLived = tokens.generateFor(SELLER, Duration.ofMinutes(1), null);
        tokens.clock.advance(Duration.ofSeconds(1));
        GeneratedAccessToken longLived = tokens.generateFor(SELLER, Duration.ofDays(1), null);
        tokens.generateFor(OTHER_SELLER, Duration.ofDays(1), null);
        tokens.clock.advance(Duration.ofMinutes(2));

        Page<AccessTokenView> all = tokens.queries.list(new ListAccessTokensQuery(SELLER, Optional.empty(),
                PageRequest.first()));
        Page<AccessTokenView> expired = tokens.queries.list(new ListAccessTokensQuery(SELLER,
                Optional.of(TokenStatus.EXPIRED), PageRequest.first()));

        assertThat(all.items()).extracting(view -> view.token().id())
                .containsExactly(longLived.token().id(), shortLived.token().id());
        assertThat(all.items()).extracting(AccessTokenView::status)
                .containsExactly(TokenStatus.ACTIVE, TokenStatus.EXPIRED);
        assertThat(expired.items()).extracting(view -> view.token().id()).containsExactly(shortLived.token().id());
    }

    @Test
    void theStatusShownIsTheOneFilteredByEvenWhenTheClockMovesOn() {
        GeneratedAccessToken generated = tokens.generateFor(SELLER, Duration.ofMinutes(1), null);
        Instant justBeforeTheEnd = generated.token().validUntil().minusNanos(1000);
        AtomicInteger reads = new AtomicInteger();
        AccessTokenQueryService queries = new AccessTokenQueryService(tokens.store,
                () -> reads.getAndIncrement() == 0 ? justBeforeTheEnd : generated.token().validUntil(), POLICY,
                TokenServicesFixture.CATALOG);

        Page<AccessTokenView> active = queries.list(new ListAccessTokensQuery(SELLER, Optional.of(TokenStatus.ACTIVE),
                PageRequest.first()));

        assertThat(active.items()).singleElement()
                .satisfies(view -> assertThat(view.status()).isEqualTo(TokenStatus.ACTIVE));
        assertThat(reads).hasValue(1);
    }

    @Test
    void oneTokenIsShownWithItsStatusAndAnotherSellersIsNot() {
        GeneratedAccessToken generated = tokens.generateFor(SELLER, Duration.ofDays(1), null);
        tokens.revoke(SELLER, generated);

        assertThat(tokens.queries.get(SELLER, generated.token().id())).hasValueSatisfying(view ->
                assertThat(view.status()).isEqualTo(TokenStatus.REVOKED));
        assertThat(tokens.queries.get(OTHER_SELLER, generated.token().id())).isEmpty();
    }

    @Test
    void thePolicyIsTheOneTheServiceEnforces() {
        assertThat(tokens.queries.maxLifetime()).isEqualTo(POLICY.maxLifetime());
    }
}
