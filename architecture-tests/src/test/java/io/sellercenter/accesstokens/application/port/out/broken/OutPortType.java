package io.sellercenter.accesstokens.application.port.out.broken;

/** The out-port side of {@code InPortUsingOutPort}. */
public class OutPortType {
}
