package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.Transactions;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the work, counts the transactions and notes where each begins and commits (or rolls back) in a shared
 * journal, so that a test can tell what happened inside a transaction and what after it. Rolls nothing back: the
 * in-memory stores have nothing to undo because services validate before they write.
 */
public final class JournalingTransactions implements Transactions {
    private final List<String> journal;
    private int count;

    public JournalingTransactions(List<String> journal) {
        this.journal = journal;
    }

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        count++;
        journal.add("begin");
        try {
            T result = work.get();
            journal.add("commit");
            return result;
        } catch (RuntimeException e) {
            journal.add("rollback");
            throw e;
        }
    }

    public synchronized int count() {
        return count;
    }
}
