package io.sellercenter.accesstokens.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.function.Supplier;

/** One database transaction around the work: it commits when the work returns and rolls back when it throws. */
@Singleton
@ReportsOutages
class JdbcTransactions implements Transactions {
    private final TransactionOperations<Connection> operations;

    JdbcTransactions(TransactionOperations<Connection> operations) {
        this.operations = operations;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return operations.executeWrite(status -> work.get());
    }
}
