package io.sellercenter.accesstokens.application.port.out.account;

import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.UserAccount;

import java.util.Optional;

/** Where users who sign in are kept. An e-mail address belongs to one user at most. */
public interface UserStore {
    /** Adds the user unless their e-mail is taken; says whether it was added. */
    boolean addIfEmailFree(UserAccount user);

    Optional<UserAccount> findByEmail(Email email);
}
