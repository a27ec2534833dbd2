package io.sellercenter.accesstokens.domain.token;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteTest {

    @Test
    void noteIsTrimmedAndMayBeEmpty() {
        assertThat(new Note("  ERP sync  ").text()).isEqualTo("ERP sync");
        assertThat(new Note(null).text()).isEmpty();
    }

    @Test
    void noteLongerThan255CharactersIsRefused() {
        assertThat(new Note("é".repeat(255)).text()).hasSize(255);
        assertThatThrownBy(() -> new Note("x".repeat(256))).isInstanceOf(InvalidInput.class)
                .extracting("field").isEqualTo("note");
    }

    @Test
    void noteWithControlCharactersIsRefused() {
        assertThatThrownBy(() -> new Note("line\u0000break")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Note("tab\tinside")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void theLimitCountsTheNoteAsGivenSpacesIncluded() {
        assertThatThrownBy(() -> new Note(" " + "x".repeat(255))).isInstanceOf(InvalidInput.class)
                .extracting("field").isEqualTo("note");
    }

    @Test
    void aLoneSurrogateIsRefusedSoThatWhatIsStoredIsWhatWasGiven() {
        assertThatThrownBy(() -> new Note("a\ud800b")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Note("a\udc00")).isInstanceOf(InvalidInput.class);
        assertThat(new Note("smile \ud83d\ude00").text()).isEqualTo("smile \ud83d\ude00");
    }

    @Test
    void spacesOfAnyKindAreTrimmed() {
        assertThat(new Note("\u00a0\u2003 ERP \u3000").text()).isEqualTo("ERP");
    }
}
