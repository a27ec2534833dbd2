package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.account.UserStore;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.UserAccount;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Users in a map, one per e-mail. */
public final class InMemoryUserStore implements UserStore {
    private final Map<Email, UserAccount> users = new ConcurrentHashMap<>();

    @Override
    public boolean addIfEmailFree(UserAccount user) {
        return users.putIfAbsent(user.email(), user) == null;
    }

    @Override
    public Optional<UserAccount> findByEmail(Email email) {
        return Optional.ofNullable(users.get(email));
    }
}
