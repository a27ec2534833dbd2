package io.sellercenter.accesstokens.adapter.web.broken;

/** Breaks the rule on purpose: the web adapter calls the persistence adapter. */
public class WebCallingPersistence {
    public io.sellercenter.accesstokens.adapter.persistence.broken.PersistenceCallingWeb peer() {
        return null;
    }
}
