package io.sellercenter.accesstokens.application.port.in.platform;

import io.sellercenter.accesstokens.domain.account.UserProfile;

/** What came of adding a user to a seller. */
public sealed interface AddSellerUserResult {
    record Added(UserProfile user) implements AddSellerUserResult {
    }

    record SellerNotFound() implements AddSellerUserResult {
    }

    /** Another user already signs in with that e-mail. */
    record EmailTaken() implements AddSellerUserResult {
    }
}
