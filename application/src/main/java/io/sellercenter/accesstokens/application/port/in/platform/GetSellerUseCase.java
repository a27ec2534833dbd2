package io.sellercenter.accesstokens.application.port.in.platform;

import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerId;

import java.util.Optional;

/** Looks up one seller account. */
public interface GetSellerUseCase {
    Optional<Seller> get(SellerId id);

    /** The seller when it can be had without I/O, so on a thread that must not wait; empty when it cannot. */
    Optional<Seller> getWithoutIo(SellerId id);
}
