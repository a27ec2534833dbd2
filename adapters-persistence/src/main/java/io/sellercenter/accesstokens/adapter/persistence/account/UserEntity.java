package io.sellercenter.accesstokens.adapter.persistence.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A row of {@code app_user}; {@code created_at} is left to the database. */
@MappedEntity("app_user")
record UserEntity(@Id UUID id, String email, String role, @Nullable UUID sellerId, String passwordHash) {
}
