package io.sellercenter.accesstokens.application.port.in.platform;

import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerName;

/** A platform operator opens a seller account. */
public interface CreateSellerUseCase {
    Seller create(SellerName name);
}
