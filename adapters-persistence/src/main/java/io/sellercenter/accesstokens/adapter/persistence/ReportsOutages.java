package io.sellercenter.accesstokens.adapter.persistence;

import io.micronaut.aop.Around;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an adapter that serves an out-port from the database: a failure to reach the database leaves it as
 * {@link io.sellercenter.accesstokens.application.port.TemporarilyUnavailable}, which callers answer with "try again
 * later", instead of as whatever the driver, the pool or micronaut-data threw.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Around
public @interface ReportsOutages {
}
