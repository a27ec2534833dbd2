package io.sellercenter.accesstokens.adapter.persistence;

import java.time.Duration;

/**
 * Checks of a setting's value, made where a bean reads it: one out of range stops the service at start, naming the
 * setting, rather than being taken for something else (a zero interval, a limit of nothing).
 */
public final class Setting {
    private Setting() {
    }

    /** {@code value}, which must be above zero. */
    public static Duration positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be above zero, was " + value);
        }
        return value;
    }

    /** {@code value}, which must not be below zero. */
    public static Duration notNegative(String name, Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    /** {@code value}, which must be at least {@code least}. */
    public static long atLeast(String name, long value, long least) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be at least " + least + ", was " + value);
        }
        return value;
    }
}
