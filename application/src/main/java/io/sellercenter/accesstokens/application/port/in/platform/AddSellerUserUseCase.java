package io.sellercenter.accesstokens.application.port.in.platform;

/** A platform operator gives a seller a user who can sign in, as its admin or as a member. */
public interface AddSellerUserUseCase {
    AddSellerUserResult add(AddSellerUserCommand command);
}
