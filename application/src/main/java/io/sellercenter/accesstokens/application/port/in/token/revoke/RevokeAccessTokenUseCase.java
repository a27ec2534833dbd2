package io.sellercenter.accesstokens.application.port.in.token.revoke;

/**
 * A seller admin revokes one of their seller's tokens: irreversibly, effective at once. Revoking a revoked token
 * changes nothing.
 */
public interface RevokeAccessTokenUseCase {
    RevocationResult revoke(RevokeAccessTokenCommand command);
}
