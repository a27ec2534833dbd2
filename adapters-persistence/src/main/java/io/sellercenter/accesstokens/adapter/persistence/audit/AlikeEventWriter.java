package io.sellercenter.accesstokens.adapter.persistence.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/**
 * Adds counted events to their minute's row, creating it when it is the first: one batch, one transaction. The row is
 * found by the same columns as {@link AlikeEvents.Kind}, through the unique index of migration V6, so that nodes
 * writing at once add up instead of writing a row each.
 */
@Singleton
class AlikeEventWriter {
    private static final String ADD = """
            INSERT INTO audit_event (occurred_at, action, actor, seller_id, token_id, client_ip, user_agent, outcome,
                                     occurrences, minute)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (minute, action, outcome, coalesce(actor, ''),
                         coalesce(seller_id, '00000000-0000-0000-0000-000000000000'),
                         coalesce(token_id, '00000000-0000-0000-0000-000000000000'), coalesce(client_ip, ''))
                WHERE minute IS NOT NULL
            DO UPDATE SET occurrences = audit_event.occurrences + excluded.occurrences,
                          occurred_at = least(audit_event.occurred_at, excluded.occurred_at)""";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    AlikeEventWriter(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    void addAll(List<AlikeEvents.Tally> tallies) {
        transactions.executeWrite(status -> jdbc.prepareStatement(ADD, statement -> {
            for (AlikeEvents.Tally tally : tallies) {
                addToBatch(statement, tally);
            }
            return statement.executeBatch();
        }));
    }

    private static void addToBatch(PreparedStatement statement, AlikeEvents.Tally tally) throws SQLException {
        AlikeEvents.Kind kind = tally.kind();
        statement.setTimestamp(1, Timestamp.from(tally.firstAt()));
        statement.setString(2, kind.action());
        statement.setString(3, kind.actor());
        statement.setObject(4, kind.sellerId(), Types.OTHER);
        statement.setObject(5, kind.tokenId(), Types.OTHER);
        statement.setString(6, kind.clientIp());
        statement.setString(7, tally.userAgent());
        statement.setString(8, kind.outcome());
        statement.setInt(9, tally.occurrences());
        statement.setTimestamp(10, Timestamp.from(kind.minute()));
        statement.addBatch();
    }
}
