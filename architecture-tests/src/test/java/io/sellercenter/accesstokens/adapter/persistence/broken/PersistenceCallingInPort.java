package io.sellercenter.accesstokens.adapter.persistence.broken;

/** Breaks the rule on purpose: the persistence adapter drives a use case. */
public class PersistenceCallingInPort {
    public io.sellercenter.accesstokens.application.port.in.token.GenerateAccessTokenUseCase useCase() {
        return null;
    }
}
