package io.sellercenter.accesstokens.application.port.in.token;

import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;

/** A seller admin generates a new access token for their seller; its secret is handed over once, here. */
public interface GenerateAccessTokenUseCase {
    GeneratedAccessToken generate(GenerateAccessTokenCommand command);
}
