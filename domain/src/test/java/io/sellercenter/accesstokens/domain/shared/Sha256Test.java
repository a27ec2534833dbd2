package io.sellercenter.accesstokens.domain.shared;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest of FIPS 180-2's test vectors, on any thread, call after call (a digest kept per thread is reset). */
class Sha256Test {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void digestsTheStandardVectorsOnAnyThreadAndAgain() throws Exception {
        assertThat(hex("abc")).isEqualTo(ABC);
        assertThat(hex("")).isEqualTo(EMPTY);
        assertThat(hex("abc")).as("again, after another").isEqualTo(ABC);
        assertThat(CompletableFuture.supplyAsync(() -> hex("abc")).get()).as("on another thread").isEqualTo(ABC);
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(Sha256.of(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
