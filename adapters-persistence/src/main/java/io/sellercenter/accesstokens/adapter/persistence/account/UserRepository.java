package io.sellercenter.accesstokens.adapter.persistence.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRepository extends GenericRepository<UserEntity, UUID> {
    /** Inserts the user unless the e-mail is taken; the number of rows inserted, 0 or 1. */
    @Query("""
            INSERT INTO app_user (id, email, role, seller_id, password_hash)
            VALUES (:id, :email, :role, :sellerId, :passwordHash)
            ON CONFLICT (email) DO NOTHING""")
    int insertIfEmailFree(UUID id, String email, String role, @Nullable UUID sellerId, String passwordHash);

    Optional<UserEntity> findByEmail(String email);
}
