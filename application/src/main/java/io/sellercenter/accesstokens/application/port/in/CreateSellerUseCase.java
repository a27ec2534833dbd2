package io.sellercenter.accesstokens.application.port.in;

import io.sellercenter.accesstokens.domain.Seller;
import io.sellercenter.accesstokens.domain.SellerName;

/** A platform operator opens a seller account. */
public interface CreateSellerUseCase {
    Seller create(SellerName name);
}
