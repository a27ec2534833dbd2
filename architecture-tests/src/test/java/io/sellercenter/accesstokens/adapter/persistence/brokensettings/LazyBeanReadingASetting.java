package io.sellercenter.accesstokens.adapter.persistence.brokensettings;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Breaks the rule on purpose: a bean that reads a setting, made only when first needed. */
@Singleton
public class LazyBeanReadingASetting {
    LazyBeanReadingASetting(@Value("${access-tokens.example.limit:10}") int limit) {
    }
}
