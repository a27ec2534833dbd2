package io.sellercenter.accesstokens.application.port.in;

import io.sellercenter.accesstokens.domain.Seller;

import java.util.List;

/** A platform operator sees every seller, by name. */
public interface ListSellersUseCase {
    List<Seller> list();
}
