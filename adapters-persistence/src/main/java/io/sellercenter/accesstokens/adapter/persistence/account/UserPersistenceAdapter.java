package io.sellercenter.accesstokens.adapter.persistence.account;

import io.sellercenter.accesstokens.adapter.persistence.ReportsOutages;
import io.sellercenter.accesstokens.application.port.out.account.UserStore;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.UserAccount;
import jakarta.inject.Singleton;

import java.util.Optional;

@Singleton
@ReportsOutages
class UserPersistenceAdapter implements UserStore {
    private final UserRepository repository;
    private final UserRowMapper mapper;

    UserPersistenceAdapter(UserRepository repository, UserRowMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public boolean addIfEmailFree(UserAccount user) {
        UserEntity row = mapper.toEntity(user);
        return repository.insertIfEmailFree(row.id(), row.email(), row.role(), row.sellerId(), row.passwordHash()) == 1;
    }

    @Override
    public Optional<UserAccount> findByEmail(Email email) {
        return repository.findByEmail(email.address()).map(mapper::toDomain);
    }
}
