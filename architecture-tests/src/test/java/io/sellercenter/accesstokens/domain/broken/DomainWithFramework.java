package io.sellercenter.accesstokens.domain.broken;

/** Breaks the rule on purpose: a domain class with a framework annotation. */
@jakarta.inject.Singleton
public class DomainWithFramework {
}
