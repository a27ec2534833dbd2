package io.sellercenter.accesstokens.application.service.token;

import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;
import io.sellercenter.accesstokens.domain.token.TokenStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.ADMIN;
import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.ORIGIN;
import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenerateAccessTokenServiceTest {
    private final TokenServicesFixture tokens = new TokenServicesFixture();

    @Test
    void aTokenIsStoredWithItsAuditEventInOneTransactionAndAnnouncedAfterItCommits() {
        GeneratedAccessToken generated = tokens.generateFor(SELLER, Duration.ofDays(30), "ERP sync");

        assertThat(tokens.transactions.count()).isEqualTo(1);
        assertThat(tokens.store.all()).containsExactly(generated.token());
        assertThat(generated.token().createdBy()).isEqualTo(ADMIN);
        assertThat(generated.status()).isEqualTo(TokenStatus.ACTIVE);
        AuditEvent event = AuditEvent.change(tokens.clock.now(), AuditEvent.Action.TOKEN_GENERATED, ADMIN, SELLER,
                generated.token().id(), ORIGIN);
        assertThat(tokens.audit.recorded()).containsExactly(event);
        assertThat(tokens.events.published()).containsExactly(event);
        assertThat(tokens.journal).containsExactly("begin", "commit", "publish TOKEN_GENERATED");
    }

    @Test
    void theSecretIsKeptOnlyAsItsHash() {
        GeneratedAccessToken generated = tokens.generateFor(SELLER, Duration.ofDays(1), null);

        assertThat(generated.token().hash()).isEqualTo(generated.secret().hash());
        assertThat(generated.token().toString()).doesNotContain(generated.secret().reveal());
    }

    @Test
    void aTokenOutsideThePolicyIsNeitherStoredNorAnnounced() {
        assertThatThrownBy(() -> tokens.generateFor(SELLER, Duration.ofDays(366), null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> tokens.generateFor(SELLER, Duration.ofSeconds(-1), null))
                .isInstanceOf(InvalidInput.class);

        assertThat(tokens.store.all()).isEmpty();
        assertThat(tokens.audit.recorded()).isEmpty();
        assertThat(tokens.events.published()).isEmpty();
    }
}
