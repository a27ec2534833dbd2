package io.sellercenter.accesstokens.application.port.in.platform;

import io.sellercenter.accesstokens.domain.account.Seller;

import java.util.List;

/** A platform operator sees every seller, by name. */
public interface ListSellersUseCase {
    List<Seller> list();
}
