package io.sellercenter.accesstokens.domain.audit;

import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditEventFilterTest {
    private static final SellerId SELLER = new SellerId(UUID.randomUUID());
    private static final Instant T = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void fromMayNotComeAfterTo() {
        assertThatThrownBy(() -> new AuditEventFilter(SELLER, Optional.empty(), Optional.empty(),
                Optional.of(T.plusSeconds(1)), Optional.of(T))).isInstanceOf(InvalidInput.class)
                .extracting("field").isEqualTo("from");
        assertThat(new AuditEventFilter(SELLER, null, null, Optional.of(T), Optional.of(T)).from()).contains(T);
    }

    @Test
    void absentCriteriaMatchEverything() {
        AuditEventFilter all = AuditEventFilter.all(SELLER);

        assertThat(all.tokenId()).isEmpty();
        assertThat(all.action()).isEmpty();
        assertThat(all.from()).isEmpty();
        assertThat(all.to()).isEmpty();
    }
}
