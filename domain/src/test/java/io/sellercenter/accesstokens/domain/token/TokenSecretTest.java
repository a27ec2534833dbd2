package io.sellercenter.accesstokens.domain.token;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSecretTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void generatedSecretHasPrefixBase62AndLength40() {
        String secret = TokenSecret.generate(RANDOM::nextInt).reveal();

        assertThat(secret).hasSize(40).startsWith("sct_").matches("sct_[0-9A-Za-z]{36}");
    }

    @Test
    void generatedSecretReadsBackAsItself() {
        TokenSecret secret = TokenSecret.generate(RANDOM::nextInt);

        assertThat(TokenSecret.parse(secret.reveal())).contains(secret);
    }

    @Test
    void secretsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(TokenSecret.generate(RANDOM::nextInt).reveal());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void mistypedCharacterFailsTheChecksum() {
        String secret = TokenSecret.generate(RANDOM::nextInt).reveal();
        char changed = secret.charAt(10) == 'a' ? 'b' : 'a';
        String mistyped = secret.substring(0, 10) + changed + secret.substring(11);

        assertThat(TokenSecret.parse(mistyped)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sct_", "abc", "xyz_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "sct_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "sct_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "sct_AAAAAAAAAAAAAAAAAAAAAAAAAAAAA-AAAAAA", "sct_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA000000"})
    void wrongPrefixLengthAlphabetOrChecksumIsNotASecret(String presented) {
        assertThat(TokenSecret.parse(presented)).isEmpty();
    }

    @Test
    void nothingIsNotASecret() {
        assertThat(TokenSecret.parse(null)).isEmpty();
    }

    @Test
    void hashIsSha256OfTheWholeSecret() {
        // Checksum and hash computed independently, with Python's zlib.crc32 and hashlib.sha256.
        TokenSecret secret = TokenSecret.generate(bound -> 0);

        assertThat(secret.reveal()).isEqualTo("sct_" + "0".repeat(30) + "2C8GjS");
        assertThat(secret.hash().hex()).isEqualTo(
                "4e906b22cadf1f710ba4f39089a55d5a82f78d80d3ffe38cae446e5512d73041");
    }

    @Test
    void hintShowsPrefixAndFourCharactersOnly() {
        TokenSecret secret = TokenSecret.generate(RANDOM::nextInt);

        assertThat(secret.hint()).isEqualTo(secret.reveal().substring(0, 8) + "…");
    }

    @Test
    void printingASecretDoesNotRevealIt() {
        TokenSecret secret = TokenSecret.generate(RANDOM::nextInt);

        assertThat(secret.toString()).doesNotContain(secret.reveal()).contains(secret.hint());
    }
}
