package io.sellercenter.accesstokens.domain.broken;

/** Breaks the rule on purpose: reaches into bootstrap. */
public class DomainCallingBootstrap {
    public String name() {
        return io.sellercenter.accesstokens.bootstrap.Application.class.getName();
    }
}
