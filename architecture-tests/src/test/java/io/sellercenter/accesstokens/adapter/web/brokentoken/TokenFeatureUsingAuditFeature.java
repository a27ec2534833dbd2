package io.sellercenter.accesstokens.adapter.web.brokentoken;

/** Breaks the rule on purpose: one feature package of the web adapter reaches into another. */
public class TokenFeatureUsingAuditFeature {
    public io.sellercenter.accesstokens.adapter.web.brokenaudit.AuditFeature audit() {
        return null;
    }

    public io.sellercenter.accesstokens.adapter.web.http.fixture.SharedHelper shared() {
        return null;
    }
}
