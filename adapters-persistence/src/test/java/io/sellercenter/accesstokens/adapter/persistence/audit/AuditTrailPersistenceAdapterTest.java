package io.sellercenter.accesstokens.adapter.persistence.audit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.sellercenter.accesstokens.adapter.persistence.PersistenceContext;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.application.port.out.contract.AuditTrailContract;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail in PostgreSQL keeps the trail's promises, and lands or vanishes with its transaction. */
class AuditTrailPersistenceAdapterTest extends AuditTrailContract {
    private static ApplicationContext context;

    @BeforeAll
    static void start() {
        context = PersistenceContext.start();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Override
    protected AuditTrail trail() {
        return context.getBean(AuditTrail.class);
    }

    @Override
    protected SellerId newSeller() {
        return PersistenceContext.newSeller(context);
    }

    @Override
    protected void flushPending() {
        context.getBean(AuditTrailPersistenceAdapter.class).flush();
    }

    @Test
    void eventsOlderThanTheRetentionAreDeletedInBatchesAndTheOthersKept() {
        SellerId seller = newSeller();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AccessTokenId old = new AccessTokenId(UUID.randomUUID());
        AccessTokenId recent = new AccessTokenId(UUID.randomUUID());
        UserId admin = new UserId(UUID.randomUUID());
        for (int i = 0; i < 5; i++) {
            trail().record(AuditEvent.change(now.minus(401, ChronoUnit.DAYS).plusSeconds(i),
                    AuditEvent.Action.TOKEN_GENERATED, admin, seller, old, RequestOrigin.unknown()));
        }
        trail().record(AuditEvent.change(now.minus(399, ChronoUnit.DAYS), AuditEvent.Action.TOKEN_GENERATED, admin,
                seller, recent, RequestOrigin.unknown()));
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
        AuditRetention retention = new AuditRetention(context.getBean(JdbcOperations.class), transactions,
                Duration.ofDays(400), Duration.ofHours(1), 2);

        long deleted = retention.deleteOlderThan(now.minus(400, ChronoUnit.DAYS));

        assertThat(deleted).isGreaterThanOrEqualTo(5);
        AuditEventRepository rows = context.getBean(AuditEventRepository.class);
        assertThat(rows.findByTokenIdOrderById(old.value())).isEmpty();
        assertThat(rows.findByTokenIdOrderById(recent.value())).hasSize(1);
    }

    @Test
    void anEventLandsOrVanishesWithItsTransaction() {
        Transactions transactions = context.getBean(Transactions.class);
        SellerId seller = newSeller();
        UserId admin = new UserId(UUID.randomUUID());
        AccessTokenId token = new AccessTokenId(UUID.randomUUID());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        transactions.inTransaction(() -> {
            trail().record(AuditEvent.change(now, AuditEvent.Action.TOKEN_REVOKED, admin, seller, token,
                    new RequestOrigin("192.0.2.4", "ua")));
            return null;
        });
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            trail().record(AuditEvent.change(now, AuditEvent.Action.TOKEN_RENEWED, admin, seller, token,
                    RequestOrigin.unknown()));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(context.getBean(AuditEventRepository.class).findByTokenIdOrderById(token.value()))
                .extracting(AuditEventEntity::action, AuditEventEntity::actor, AuditEventEntity::occurredAt)
                .containsExactly(Tuple.tuple("TOKEN_REVOKED", "user:" + admin.value(), now));
    }
}
