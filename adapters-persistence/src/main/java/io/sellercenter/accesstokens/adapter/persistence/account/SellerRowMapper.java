package io.sellercenter.accesstokens.adapter.persistence.account;

import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.SellerName;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.UUID;

@Mapper(componentModel = "jakarta")
interface SellerRowMapper {
    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "name", source = "name.text")
    SellerEntity toEntity(Seller seller);

    Seller toDomain(SellerEntity row);

    default SellerId sellerId(UUID value) {
        return new SellerId(value);
    }

    default SellerName sellerName(String text) {
        return new SellerName(text);
    }
}
