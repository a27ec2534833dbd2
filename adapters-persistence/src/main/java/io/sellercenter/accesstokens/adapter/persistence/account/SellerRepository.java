package io.sellercenter.accesstokens.adapter.persistence.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SellerRepository extends GenericRepository<SellerEntity, UUID> {
    SellerEntity save(SellerEntity seller);

    Optional<SellerEntity> findById(UUID id);

    List<SellerEntity> findByIdIn(Collection<UUID> ids);

    List<SellerEntity> listOrderByNameAndId();
}
