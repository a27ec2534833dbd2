package io.sellercenter.accesstokens.domain.token;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever is presented, reading a secret never fails, and only what was generated is read as a secret. */
class TokenSecretPropertiesTest {
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    @Property(tries = 2000)
    void anythingPresentedIsReadWithoutFailingAndAlmostNeverAsASecret(@ForAll("presented") String presented) {
        assertThat(TokenSecret.parse(presented)).satisfiesAnyOf(
                secret -> assertThat(secret).isEmpty(),
                secret -> assertThat(secret.get().reveal()).isEqualTo(presented));
    }

    @Property(tries = 500)
    void aGeneratedSecretIsReadBackAndAnyOneCharacterChangedIsRefused(
            @ForAll long seed, @ForAll @IntRange(min = 4, max = 39) int position,
            @ForAll @IntRange(min = 1, max = 61) int shift) {
        Random random = new Random(seed);
        String secret = TokenSecret.generate(random::nextInt).reveal();
        char original = secret.charAt(position);
        char changed = BASE62.charAt((BASE62.indexOf(original) + shift) % BASE62.length());
        String mistyped = secret.substring(0, position) + changed + secret.substring(position + 1);

        assertThat(TokenSecret.parse(secret)).hasValueSatisfying(read -> assertThat(read.hash())
                .isEqualTo(TokenHash.of(secret)));
        assertThat(TokenSecret.parse(mistyped)).as("CRC32 catches every one-character change").isEmpty();
    }

    @Provide
    Arbitrary<String> presented() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().withChars(BASE62 + "_.-").ofMinLength(36).ofMaxLength(44)
                        .map(tail -> "sct_" + tail),
                Arbitraries.strings().withChars(BASE62).ofLength(36).map(tail -> "sct_" + tail));
    }
}
