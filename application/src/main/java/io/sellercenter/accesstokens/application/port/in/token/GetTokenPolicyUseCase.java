package io.sellercenter.accesstokens.application.port.in.token;

import io.sellercenter.accesstokens.domain.token.TokenPolicy;

/** The limits a new token must respect, for the form that generates one. */
public interface GetTokenPolicyUseCase {
    TokenPolicy policy();
}
