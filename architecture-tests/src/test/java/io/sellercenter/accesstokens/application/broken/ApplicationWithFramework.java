package io.sellercenter.accesstokens.application.broken;

/** Breaks the rule on purpose: an application class that uses Micronaut. */
public class ApplicationWithFramework {
    public Object context() {
        return io.micronaut.context.ApplicationContext.builder();
    }
}
