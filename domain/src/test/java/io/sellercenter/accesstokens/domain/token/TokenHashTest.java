package io.sellercenter.accesstokens.domain.token;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenHashTest {
    private static final TokenHash HASH = TokenHash.of("sct_secret");

    @Test
    void aHashMatchesItselfAndAnEqualOneOnly() {
        assertThat(HASH.matches(new TokenHash(HASH.hex()))).isTrue();
        assertThat(HASH.matches(TokenHash.of("sct_other"))).isFalse();
        assertThat(HASH.matches(null)).isFalse();
    }

    @Test
    void aHashDifferingInAnyOneCharacterDoesNotMatch() {
        for (int i = 0; i < 64; i++) {
            char changed = HASH.hex().charAt(i) == '0' ? '1' : '0';
            TokenHash other = new TokenHash(HASH.hex().substring(0, i) + changed + HASH.hex().substring(i + 1));

            assertThat(HASH.matches(other)).as("differing at %d", i).isFalse();
        }
    }

    @Test
    void onlySixtyFourLowercaseHexDigitsAreAHash() {
        assertThat(HASH.hex()).matches("[0-9a-f]{64}");
        assertThatThrownBy(() -> new TokenHash(HASH.hex().toUpperCase())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenHash(HASH.hex().substring(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
