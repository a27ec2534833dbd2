package io.sellercenter.accesstokens.adapter.persistence.brokensettings;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;

/** Keeps the rule: it reads a setting and is made at start. */
@Context
public class BeanReadingASettingAtStart {
    BeanReadingASettingAtStart(@Value("${access-tokens.example.limit:10}") int limit) {
    }
}
