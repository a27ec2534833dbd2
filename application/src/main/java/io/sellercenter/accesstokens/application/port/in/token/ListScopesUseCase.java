package io.sellercenter.accesstokens.application.port.in.token;

import io.sellercenter.accesstokens.domain.token.ScopeCatalog;

/** The resources tokens may be scoped to, for the form that generates one and for clients. */
public interface ListScopesUseCase {
    ScopeCatalog scopes();
}
