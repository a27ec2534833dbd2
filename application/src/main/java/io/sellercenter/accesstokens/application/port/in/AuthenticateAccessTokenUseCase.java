package io.sellercenter.accesstokens.application.port.in;

/** An API call presents a token secret: is it a usable token, and whose? */
public interface AuthenticateAccessTokenUseCase {
    TokenCheck check(String presentedSecret);
}
