package io.sellercenter.accesstokens.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnOffSettingsTest {

    @Test
    void trueAndFalseInAnyCaseAndUnsetSettingsPass() {
        Map<String, String> set = Map.of("access-tokens.session.cookie-secure", "TRUE",
                "access-tokens.cache.enabled", "false", "access-tokens.http.request-log", "True");

        assertThatCode(() -> OnOffSettings.check(name -> Optional.ofNullable(set.get(name))))
                .doesNotThrowAnyException();
    }

    @Test
    void anyOtherWordIsRefusedNamingItsSetting() {
        // " true " too: Micronaut trims nothing and reads it as false (seen on the started jar: no HSTS).
        for (String word : new String[] {"ture", "yes", "on", "1", "", " true "}) {
            assertThatThrownBy(() -> OnOffSettings.check(name -> Optional.of(word).filter(
                    value -> name.equals("access-tokens.session.cookie-secure"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("access-tokens.session.cookie-secure must be true or false, was " + word);
        }
    }
}
