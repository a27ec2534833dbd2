package io.sellercenter.accesstokens.application.port.in;

/** What came of adding a user to a seller. */
public sealed interface AddSellerUserResult {
    record Added(SignedInUser user) implements AddSellerUserResult {
    }

    record SellerNotFound() implements AddSellerUserResult {
    }

    /** Another user already signs in with that e-mail. */
    record EmailTaken() implements AddSellerUserResult {
    }
}
