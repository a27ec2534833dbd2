package io.sellercenter.accesstokens.application.port.in.token.renew;

/**
 * A seller admin replaces a token: a new one for the same seller with the same note, and the old one revoked, in one
 * step. A revoked token cannot be renewed.
 */
public interface RenewAccessTokenUseCase {
    RenewalResult renew(RenewAccessTokenCommand command);
}
