package io.sellercenter.accesstokens.application.port.out.contract;

import io.sellercenter.accesstokens.application.port.out.token.TokenEvents;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * What every {@link TokenEvents} listener promises: it takes every kind of event, incomplete ones included, without
 * throwing, and loses none when changes commit on many threads at once. An implementation's test says how many
 * generated tokens the listener has heard of, as the listener itself shows it (a counter, lines written, ...).
 */
public abstract class TokenEventsContract {

    protected abstract TokenEvents events();

    /** How many {@code TOKEN_GENERATED} events the listener shows it heard since the test began. */
    protected abstract long generatedHeard();

    @Test
    void everyKindOfEventIsTakenWithoutFailing() {
        for (AuditEvent.Action action : AuditEvent.Action.values()) {
            for (AuditEvent.Outcome outcome : AuditEvent.Outcome.values()) {
                AuditEvent complete = new AuditEvent(Instant.now(), action, AuditEvent.user(new UserId(UUID.randomUUID())),
                        new SellerId(UUID.randomUUID()), new AccessTokenId(UUID.randomUUID()),
                        new RequestOrigin("2001:db8::7", "agent \"quoted\" \\ and more"), outcome);
                AuditEvent bare = new AuditEvent(Instant.now(), action, null, null, null, RequestOrigin.unknown(),
                        outcome);
                assertThatCode(() -> events().publish(complete)).doesNotThrowAnyException();
                assertThatCode(() -> events().publish(bare)).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void eventsFromManyThreadsAreAllHeard() throws Exception {
        long before = generatedHeard();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Callable<Object>> changes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            changes.add(() -> {
                events().publish(AuditEvent.change(Instant.now(), AuditEvent.Action.TOKEN_GENERATED,
                        new UserId(UUID.randomUUID()), new SellerId(UUID.randomUUID()),
                        new AccessTokenId(UUID.randomUUID()), RequestOrigin.unknown()));
                return null;
            });
        }
        try {
            for (Future<Object> change : threads.invokeAll(changes)) {
                change.get();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(generatedHeard() - before).isEqualTo(400);
    }
}
