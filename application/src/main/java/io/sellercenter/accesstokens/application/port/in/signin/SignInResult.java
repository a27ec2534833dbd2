package io.sellercenter.accesstokens.application.port.in.signin;

import io.sellercenter.accesstokens.domain.account.UserProfile;

import java.time.Instant;

/** What came of a sign-in. */
public sealed interface SignInResult {
    record SignedIn(UserProfile user) implements SignInResult {
    }

    /** Unknown e-mail or wrong password; which one is never told. */
    record Refused() implements SignInResult {
    }

    /** Too many failures in a row for this account: no password is checked until {@code until}. */
    record LockedOut(Instant until) implements SignInResult {
    }
}
