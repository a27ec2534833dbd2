package io.sellercenter.accesstokens.adapter.web.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenCheck;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What operators watch of the token check: authentications by result, and how long a check takes. */
@Singleton
class AuthenticationMetrics {
    private final Map<Class<?>, Counter> authentications;
    private final Timer validation;

    AuthenticationMetrics(MeterRegistry registry) {
        this.authentications = Stream.of(TokenCheck.Valid.class, TokenCheck.Malformed.class, TokenCheck.Unknown.class,
                        TokenCheck.Expired.class, TokenCheck.Revoked.class, TokenCheck.NotAllowedFrom.class)
                .collect(Collectors.toUnmodifiableMap(type -> type, type -> Counter
                        .builder("access_tokens.authentications")
                        .description("API calls authenticated with an access token, by result")
                        .tag("result", result(type))
                        .register(registry)));
        this.validation = Timer.builder("access_tokens.validation")
                .description("Time to check a presented access token, cache or database")
                .publishPercentileHistogram()
                .register(registry);
    }

    /** ok, malformed, unknown, expired, revoked, address_not_allowed. */
    private static String result(Class<?> check) {
        if (check == TokenCheck.Valid.class) {
            return "ok";
        }
        if (check == TokenCheck.NotAllowedFrom.class) {
            return "address_not_allowed";
        }
        return check.getSimpleName().toLowerCase(Locale.ROOT);
    }

    void authentication(TokenCheck check, long startNanos) {
        validation.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
        authentications.get(check.getClass()).increment();
    }
}
