package io.sellercenter.accesstokens.adapter.persistence.broken;

/** Breaks the rule on purpose: the persistence adapter calls the web adapter. */
public class PersistenceCallingWeb {
    public io.sellercenter.accesstokens.adapter.web.broken.WebCallingPersistence peer() {
        return null;
    }
}
