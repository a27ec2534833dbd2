package io.sellercenter.accesstokens.adapter.web.broken;

/** Breaks the rule on purpose: the web adapter reads the clock instead of asking a use case. */
public class WebCallingOutPort {
    public io.sellercenter.accesstokens.application.port.out.TimeSource clock() {
        return null;
    }
}
