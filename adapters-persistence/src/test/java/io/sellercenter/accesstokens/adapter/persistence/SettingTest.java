package io.sellercenter.accesstokens.adapter.persistence;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingTest {

    @Test
    void aValueInRangeIsGivenBack() {
        assertThat(Setting.positive("a.b", Duration.ofMillis(1))).isEqualTo(Duration.ofMillis(1));
        assertThat(Setting.notNegative("a.b", Duration.ZERO)).isEqualTo(Duration.ZERO);
        assertThat(Setting.atLeast("a.b", 250, 250)).isEqualTo(250);
    }

    @Test
    void aValueOutOfRangeIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> Setting.positive("access-tokens.audit.retention", Duration.ZERO))
                .hasMessage("access-tokens.audit.retention must be above zero, was PT0S");
        assertThatThrownBy(() -> Setting.positive("a.b", Duration.ofSeconds(-1))).hasMessageContaining("above zero");
        assertThatThrownBy(() -> Setting.notNegative("a.b", Duration.ofNanos(-1)))
                .hasMessage("a.b must not be negative, was PT-0.000000001S");
        assertThatThrownBy(() -> Setting.atLeast("a.b", 249, 250)).hasMessage("a.b must be at least 250, was 249");
    }
}
