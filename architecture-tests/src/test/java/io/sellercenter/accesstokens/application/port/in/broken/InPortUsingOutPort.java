package io.sellercenter.accesstokens.application.port.in.broken;

/** Breaks the rule on purpose: an in-port type that hands out an out-port's type. */
public class InPortUsingOutPort {
    public io.sellercenter.accesstokens.application.port.out.broken.OutPortType leak() {
        return null;
    }
}
