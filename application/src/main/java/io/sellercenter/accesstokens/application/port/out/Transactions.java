package io.sellercenter.accesstokens.application.port.out;

import java.util.function.Supplier;

/** Runs work as one transaction: every write in it lands, or none does. */
@FunctionalInterface
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
