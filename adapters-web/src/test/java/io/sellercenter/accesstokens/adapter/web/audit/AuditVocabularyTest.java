package io.sellercenter.accesstokens.adapter.web.audit;

import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The API names every action and outcome the domain records, and names them the same. */
class AuditVocabularyTest {

    @Test
    void every_action_and_outcome_has_its_api_name() {
        assertThat(AuditEvent.Action.values()).allSatisfy(action ->
                assertThat(AuditAction.of(action).name()).isEqualTo(action.name()));
        assertThat(AuditEvent.Outcome.values()).allSatisfy(outcome ->
                assertThat(AuditOutcome.of(outcome).name()).isEqualTo(outcome.name()));
        assertThat(Arrays.stream(AuditAction.values()).map(value -> value.action)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(AuditOutcome.values()).map(value -> value.outcome)).doesNotHaveDuplicates();
    }
}
