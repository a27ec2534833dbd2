package io.sellercenter.accesstokens.application.port.out;

import io.sellercenter.accesstokens.domain.Email;
import io.sellercenter.accesstokens.domain.UserAccount;

import java.util.Optional;

/** Where users who sign in are kept. An e-mail address belongs to one user at most. */
public interface UserStore {
    /** Adds the user unless their e-mail is taken; says whether it was added. */
    boolean addIfEmailFree(UserAccount user);

    Optional<UserAccount> findByEmail(Email email);
}
