package io.sellercenter.accesstokens.adapter.persistence;

import io.sellercenter.accesstokens.application.port.out.SellerStore;
import io.sellercenter.accesstokens.domain.Seller;
import io.sellercenter.accesstokens.domain.SellerId;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

@Singleton
class SellerPersistenceAdapter implements SellerStore {
    private final SellerRepository repository;
    private final SellerRowMapper mapper;

    SellerPersistenceAdapter(SellerRepository repository, SellerRowMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public void add(Seller seller) {
        repository.save(mapper.toEntity(seller));
    }

    @Override
    public Optional<Seller> find(SellerId id) {
        return repository.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<Seller> findAll() {
        return repository.listOrderByNameAndId().stream().map(mapper::toDomain).toList();
    }
}
