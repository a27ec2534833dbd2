package io.sellercenter.accesstokens.application.port.in.signin;

import io.sellercenter.accesstokens.domain.account.SessionId;
import io.sellercenter.accesstokens.domain.account.UserProfile;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;

import java.time.Instant;
import java.util.Objects;

/** End {@code session} of {@code user}, which would otherwise last until {@code expiresAt}. */
public record SignOutCommand(SessionId session, UserProfile user, Instant expiresAt, RequestOrigin origin) {
    public SignOutCommand {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(expiresAt, "expiresAt");
        origin = origin == null ? RequestOrigin.unknown() : origin;
    }
}
