package io.sellercenter.accesstokens.application.broken;

/** The other half of a package cycle, on purpose. */
public class CycleEnd {
    public io.sellercenter.accesstokens.domain.broken.CycleStart back() {
        return null;
    }
}
