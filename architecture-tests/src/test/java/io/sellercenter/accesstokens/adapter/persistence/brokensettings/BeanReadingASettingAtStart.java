package io.sellercenter.accesstokens.adapter.persistence.brokensettings;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;

/** Keeps the rule: it reads settings and is made at start. One is on/off, checked at start where listed. */
@Context
public class BeanReadingASettingAtStart {
    BeanReadingASettingAtStart(@Value("${access-tokens.example.limit:10}") int limit,
                               @Value("${access-tokens.example.enabled:true}") boolean enabled) {
    }
}
