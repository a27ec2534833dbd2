package io.sellercenter.accesstokens.application.port.out.account;

import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerId;

import java.util.List;
import java.util.Optional;

/** Where seller accounts are kept. */
public interface SellerStore {
    void add(Seller seller);

    Optional<Seller> find(SellerId id);

    /**
     * The seller when it can be had from memory, without I/O; empty says only that it cannot (then ask
     * {@link #find}). A store with no memory of its own keeps this default.
     */
    default Optional<Seller> findInMemory(SellerId id) {
        return Optional.empty();
    }

    /** All sellers, by name. */
    List<Seller> findAll();
}
