package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.account.EndedSessions;
import io.sellercenter.accesstokens.application.port.out.contract.EndedSessionsContract;

/** The fake keeps the port's promises, so that tests built on it hold for the real store too. */
class InMemoryEndedSessionsTest extends EndedSessionsContract {
    private final InMemoryEndedSessions sessions = new InMemoryEndedSessions();

    @Override
    protected EndedSessions sessions() {
        return sessions;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }
}
