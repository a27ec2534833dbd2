package io.sellercenter.accesstokens.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The service's on/off settings take {@code true} or {@code false}, checked at start. Micronaut reads any other word
 * as {@code false}: a mistyped {@code ACCESS_TOKENS_SESSION_COOKIE_SECURE=ture} would otherwise turn HTTPS-only
 * cookies and {@code Strict-Transport-Security} off without a word, and {@code ACCESS_TOKENS_CACHE_ENABLED=yes} the
 * token cache.
 */
@Context
public final class OnOffSettings {
    /** Every on/off setting; architecture-tests fails the build for a bean that reads one not listed here. */
    public static final List<String> NAMES = List.of(
            "access-tokens.session.cookie-secure",
            "access-tokens.http.request-log",
            "access-tokens.http.fast-paths",
            "access-tokens.cache.enabled",
            "access-tokens.events.json-lines.enabled",
            "access-tokens.demo.seed-when-empty");

    private static final Set<String> ON_OFF = Set.of("true", "false");

    OnOffSettings(Environment environment) {
        check(name -> environment.getProperty(name, String.class));
    }

    /**
     * Refuses a set value that is neither {@code true} nor {@code false} (in any case), naming its setting. Nothing is
     * trimmed, as Micronaut trims nothing: it would read {@code " true "} as {@code false}.
     */
    static void check(Function<String, Optional<String>> setting) {
        for (String name : NAMES) {
            setting.apply(name).filter(value -> !ON_OFF.contains(value.toLowerCase(Locale.ROOT)))
                    .ifPresent(value -> {
                        throw new IllegalArgumentException(name + " must be true or false, was " + value);
                    });
        }
    }
}
