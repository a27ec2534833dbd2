package io.sellercenter.accesstokens.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTest {

    @Test
    void pageSizeIsBetween1And100() {
        assertThat(new PageRequest(0, 1).size()).isEqualTo(1);
        assertThat(new PageRequest(0, 100).size()).isEqualTo(100);
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(InvalidInput.class).extracting("field")
                .isEqualTo("size");
        assertThatThrownBy(() -> new PageRequest(0, 101)).isInstanceOf(InvalidInput.class).extracting("field")
                .isEqualTo("size");
    }

    @Test
    void pageNumberIsBetween0AndAMillionSoThatTheOffsetNeverOverflows() {
        assertThat(new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE).offset()).isEqualTo(100_000_000L);
        assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOf(InvalidInput.class).extracting("field")
                .isEqualTo("page");
        assertThatThrownBy(() -> new PageRequest(PageRequest.MAX_PAGE + 1, 10)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aPageMapsItsItemsAndKeepsItsPlaceInTheList() {
        Page<Integer> page = new Page<>(List.of(1, 2), new PageRequest(3, 2), 40);

        Page<String> mapped = page.map(number -> "#" + number);

        assertThat(mapped.items()).containsExactly("#1", "#2");
        assertThat(mapped.request()).isEqualTo(new PageRequest(3, 2));
        assertThat(mapped.totalItems()).isEqualTo(40);
    }

    @Test
    void aPageNeverHoldsMoreThanWasAskedFor() {
        assertThatThrownBy(() -> new Page<>(List.of(1, 2, 3), new PageRequest(0, 2), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
