package io.sellercenter.accesstokens.adapter.persistence;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import io.sellercenter.accesstokens.application.port.TemporarilyUnavailable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * Tells an outage from any other failure of a database call: no connection within the pool's timeout, a connection
 * refused, lost or reset, a statement cancelled by the statement timeout, a server shutting down or out of resources
 * (SQLSTATE classes 08, 53, 57), and micronaut-data's own word for a connection or a transaction it could not have.
 * Everything else (a constraint, a bug) goes on as it was thrown.
 */
@Singleton
@InterceptorBean(ReportsOutages.class)
class OutageInterceptor implements MethodInterceptor<Object, Object> {
    /** What callers are told to wait: about as long as a restarted or failed-over PostgreSQL takes to answer. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final int MAX_CAUSES = 16;

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            if (isOutage(e)) {
                throw new TemporarilyUnavailable("database", RETRY_AFTER);
            }
            throw e;
        }
    }

    static boolean isOutage(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof TemporarilyUnavailable || cause instanceof ConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLTimeoutException || cause instanceof IOException) {
                return true;
            }
            if (cause instanceof SQLException sql && isOutageState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutageState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57"));
    }
}
