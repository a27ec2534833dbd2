package io.sellercenter.accesstokens.adapter.persistence.brokensettings;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Breaks the rule on purpose in its first method; its second keeps it. */
@Factory
public class LazyFactoryReadingASetting {
    @Singleton
    Integer lazy(@Value("${access-tokens.example.limit:10}") int limit) {
        return limit;
    }

    @Context
    Long madeAtStart(@Value("${access-tokens.example.size:10}") long size) {
        return size;
    }
}
