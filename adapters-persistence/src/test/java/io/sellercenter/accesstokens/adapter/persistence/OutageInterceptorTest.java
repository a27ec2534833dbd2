package io.sellercenter.accesstokens.adapter.persistence;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as the database being away, and what does not. */
class OutageInterceptorTest {

    @Test
    void aDatabaseThatCannotBeReachedIsAnOutageHoweverDeepTheCause() {
        assertThat(OutageInterceptor.isOutage(new DataAccessException("x", new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 2000ms")))).isTrue();
        assertThat(OutageInterceptor.isOutage(new DataAccessException("x", new PSQLException("refused",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException())))).isTrue();
        assertThat(OutageInterceptor.isOutage(new RuntimeException(new SQLException("terminating connection due "
                + "to administrator command", "57P01")))).isTrue();
        assertThat(OutageInterceptor.isOutage(new RuntimeException(new SQLException("canceling statement due to "
                + "statement timeout", "57014")))).isTrue();
        assertThat(OutageInterceptor.isOutage(new ConnectionException("Connection closed"))).isTrue();
    }

    @Test
    void anyOtherFailureIsNot() {
        assertThat(OutageInterceptor.isOutage(new DataAccessException("x", new SQLException("duplicate key",
                "23505")))).isFalse();
        assertThat(OutageInterceptor.isOutage(new DataAccessException("x", new SQLException("syntax error",
                "42601")))).isFalse();
        assertThat(OutageInterceptor.isOutage(new IllegalStateException("a bug"))).isFalse();
    }
}
