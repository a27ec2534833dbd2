package io.sellercenter.accesstokens.application.port.in.token;

import java.util.Optional;

/**
 * A seller admin revokes one of their seller's tokens: irreversibly, effective at once. Revoking a revoked token
 * changes nothing. Empty when the seller has no such token.
 */
public interface RevokeAccessTokenUseCase {
    Optional<Revocation> revoke(RevokeAccessTokenCommand command);
}
