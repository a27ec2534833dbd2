package io.sellercenter.accesstokens.application.port.in.authentication;

import java.util.Optional;

/**
 * An API call presents a token secret: is it a usable token, and whose? The check comes in two steps so that callers
 * on an event loop can stay there when no I/O is needed.
 */
public interface AuthenticateAccessTokenUseCase {
    /**
     * The verdict when it can be reached without I/O (the secret is malformed, or its token is cached); empty when the
     * store must be asked, through {@link #check}.
     */
    Optional<TokenCheck> checkWithoutIo(TokenPresentation presentation);

    /**
     * The token when the call is accepted without I/O (its token is cached, active and usable from where the call
     * came), its use noted as {@link #checkWithoutIo} would; empty, with nothing noted or audited, for anything else,
     * which is then for {@link #checkWithoutIo} or {@link #check} to decide. For answering the commonest call first.
     */
    Optional<TokenCheck.Valid> acceptWithoutIo(TokenPresentation presentation);

    /** The verdict, asking the store if need be. May block. */
    TokenCheck check(TokenPresentation presentation);
}
