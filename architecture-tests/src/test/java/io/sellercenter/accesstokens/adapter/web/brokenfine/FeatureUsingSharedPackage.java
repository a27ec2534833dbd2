package io.sellercenter.accesstokens.adapter.web.brokenfine;

/** Keeps the rule: a feature package that uses only a shared package. */
public class FeatureUsingSharedPackage {
    public io.sellercenter.accesstokens.adapter.web.http.fixture.SharedHelper shared() {
        return null;
    }
}
