package io.sellercenter.accesstokens.application.port.in.signin;

import io.sellercenter.accesstokens.domain.audit.RequestOrigin;

/** Sign in as {@code username} (an e-mail) with {@code password}. Never printed: {@link #toString()} hides both. */
public record SignInCommand(String username, String password, RequestOrigin origin) {
    public SignInCommand {
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        origin = origin == null ? RequestOrigin.unknown() : origin;
    }

    @Override
    public String toString() {
        return "SignInCommand[hidden]";
    }
}
