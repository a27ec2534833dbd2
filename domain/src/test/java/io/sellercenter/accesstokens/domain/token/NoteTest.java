package io.sellercenter.accesstokens.domain.token;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteTest {

    @Test
    void noteIsTrimmedAndMayBeEmpty() {
        assertThat(new Note("  ERP sync \n").text()).isEqualTo("ERP sync");
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
}
