package io.sellercenter.accesstokens.application.port.in;

import io.sellercenter.accesstokens.domain.Seller;
import io.sellercenter.accesstokens.domain.SellerId;

import java.util.Optional;

/** Looks up one seller account. */
public interface GetSellerUseCase {
    Optional<Seller> get(SellerId id);
}
