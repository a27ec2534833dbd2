package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.contract.TokenEventsContract;
import io.sellercenter.accesstokens.application.port.out.token.TokenEvents;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;

import java.util.ArrayList;
import java.util.Collections;

class RecordingTokenEventsTest extends TokenEventsContract {
    private final RecordingTokenEvents events = new RecordingTokenEvents(Collections.synchronizedList(new ArrayList<>()));

    @Override
    protected TokenEvents events() {
        return events;
    }

    @Override
    protected long generatedHeard() {
        return events.published().stream().filter(event -> event.action() == AuditEvent.Action.TOKEN_GENERATED).count();
    }
}
