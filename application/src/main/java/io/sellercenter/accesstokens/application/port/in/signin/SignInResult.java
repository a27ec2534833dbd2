package io.sellercenter.accesstokens.application.port.in.signin;

import io.sellercenter.accesstokens.domain.account.SessionId;
import io.sellercenter.accesstokens.domain.account.UserProfile;

import java.time.Instant;

/** What came of a sign-in. */
public sealed interface SignInResult {
    /** Signed in: a new {@code session} of {@code user} begins. */
    record SignedIn(UserProfile user, SessionId session) implements SignInResult {
    }

    /** Unknown e-mail or wrong password; which one is never told. */
    record Refused() implements SignInResult {
    }

    /** Too many failures in a row for this account: no password is checked until {@code until}. */
    record LockedOut(Instant until) implements SignInResult {
    }
}
