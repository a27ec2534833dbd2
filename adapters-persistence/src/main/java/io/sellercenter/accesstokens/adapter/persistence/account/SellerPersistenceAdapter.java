package io.sellercenter.accesstokens.adapter.persistence.account;

import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.sellercenter.accesstokens.adapter.persistence.BackgroundRefresh;
import io.sellercenter.accesstokens.adapter.persistence.Setting;
import io.sellercenter.accesstokens.adapter.persistence.ReportsOutages;
import io.sellercenter.accesstokens.application.port.out.account.SellerStore;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerId;
import jakarta.annotation.PreDestroy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sellers, with lookups by id cached for at most {@code seller-max-age}, and read again in the background when a lookup
 * finds one half that old: every token-authenticated {@code /me} asks for its seller, from memory on its fast path.
 */
@Context
@ReportsOutages
class SellerPersistenceAdapter implements SellerStore {
    private final SellerRepository repository;
    private final SellerRowMapper mapper;
    private final BackgroundRefresh<SellerId, Seller> refresh;
    private final LoadingCache<SellerId, Seller> byId;

    SellerPersistenceAdapter(SellerRepository repository, SellerRowMapper mapper,
                             @Value("${access-tokens.cache.seller-max-age:5m}") Duration maxAge) {
        Setting.notNegative("access-tokens.cache.seller-max-age", maxAge);
        this.repository = repository;
        this.mapper = mapper;
        this.refresh = new BackgroundRefresh<>("seller-refresh", Seller::id, ids -> repository.findByIdIn(
                ids.stream().map(SellerId::value).toList()).stream().map(mapper::toDomain).toList());
        this.byId = refresh.builder(10_000, maxAge).build(refresh);
    }

    @PreDestroy
    void stop() {
        refresh.stop();
    }

    @Override
    public void add(Seller seller) {
        repository.save(mapper.toEntity(seller));
    }

    @Override
    public Optional<Seller> findInMemory(SellerId id) {
        return Optional.ofNullable(byId.getIfPresent(id));
    }

    @Override
    public Optional<Seller> find(SellerId id) {
        Optional<Seller> cached = findInMemory(id);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<Seller> found = repository.findById(id.value()).map(mapper::toDomain);
        found.ifPresent(seller -> byId.put(id, seller));
        return found;
    }

    @Override
    public List<Seller> findAll() {
        return repository.listOrderByNameAndId().stream().map(mapper::toDomain).toList();
    }
}
