package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.token.TokenEvents;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;

import java.util.ArrayList;
import java.util.List;

/** Keeps every event published, and notes each in a shared journal so that tests see when it came. */
public final class RecordingTokenEvents implements TokenEvents {
    private final List<AuditEvent> published = new ArrayList<>();
    private final List<String> journal;

    public RecordingTokenEvents(List<String> journal) {
        this.journal = journal;
    }

    @Override
    public synchronized void publish(AuditEvent committed) {
        published.add(committed);
        journal.add("publish " + committed.action());
    }

    public synchronized List<AuditEvent> published() {
        return List.copyOf(published);
    }
}
