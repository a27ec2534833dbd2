package io.sellercenter.accesstokens.adapter.persistence.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A row of {@code seller}; {@code created_at} is left to the database. */
@MappedEntity("seller")
record SellerEntity(@Id UUID id, String name) {
}
