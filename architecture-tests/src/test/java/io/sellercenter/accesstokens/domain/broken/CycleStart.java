package io.sellercenter.accesstokens.domain.broken;

/** Half of a package cycle, on purpose. */
public class CycleStart {
    public io.sellercenter.accesstokens.application.broken.CycleEnd next() {
        return null;
    }
}
