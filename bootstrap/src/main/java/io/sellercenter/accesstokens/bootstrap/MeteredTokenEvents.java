package io.sellercenter.accesstokens.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.sellercenter.accesstokens.application.port.out.token.TokenEvents;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import jakarta.inject.Singleton;

/**
 * Counts committed token changes for operators: {@code access_tokens_generated_total} (renewals' replacements
 * included) and {@code access_tokens_revoked_total} (each token once, renewed ones included).
 */
@Singleton
class MeteredTokenEvents implements TokenEvents {
    private final Counter generated;
    private final Counter revoked;

    MeteredTokenEvents(MeterRegistry registry) {
        this.generated = Counter.builder("access_tokens.generated").description("Tokens generated, renewals included")
                .register(registry);
        this.revoked = Counter.builder("access_tokens.revoked")
                .description("Tokens revoked (each once), renewals included").register(registry);
    }

    @Override
    public void publish(AuditEvent committed) {
        switch (committed.action()) {
            case TOKEN_GENERATED -> generated.increment();
            case TOKEN_REVOKED, TOKEN_RENEWED -> revoked.increment();
            default -> {
                // not a change to a token
            }
        }
    }
}
