package io.sellercenter.accesstokens.application.service.signin;

import io.sellercenter.accesstokens.application.fake.InMemoryAuditTrail;
import io.sellercenter.accesstokens.application.fake.InMemoryEndedSessions;
import io.sellercenter.accesstokens.application.fake.JournalingTransactions;
import io.sellercenter.accesstokens.application.fake.ManualClock;
import io.sellercenter.accesstokens.application.port.in.signin.SignOutCommand;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.SessionId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.account.UserProfile;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SignOutServiceTest {
    private final InMemoryEndedSessions ended = new InMemoryEndedSessions();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final JournalingTransactions transactions = new JournalingTransactions(new ArrayList<>());
    private final SignOutService signOut = new SignOutService(ended, audit, clock, transactions);
    private final SessionQueryService sessions = new SessionQueryService(ended);
    private final UserProfile admin = new UserProfile(new UserId(UUID.randomUUID()), new Email("admin@acme.example"),
            Role.SELLER_ADMIN, Optional.of(new SellerId(UUID.randomUUID())));

    @Test
    void aSignedOutSessionIsEndedAndTheSignOutIsAuditedInOneTransaction() {
        SessionId session = new SessionId(UUID.randomUUID());
        SessionId other = new SessionId(UUID.randomUUID());

        signOut.signOut(new SignOutCommand(session, admin, clock.now().plus(Duration.ofMinutes(10)),
                new RequestOrigin("192.0.2.1", "browser")));

        assertThat(sessions.isEnded(session)).isTrue();
        assertThat(sessions.isEndedWithoutIo(session)).contains(true);
        assertThat(sessions.isEnded(other)).isFalse();
        assertThat(transactions.count()).isEqualTo(1);
        assertThat(audit.recorded()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditEvent.Action.SIGN_OUT);
            assertThat(event.actor()).isEqualTo(AuditEvent.user(admin.id()));
            assertThat(event.sellerId()).isEqualTo(admin.sellerId().orElseThrow());
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.SUCCESS);
        });
    }
}
