package io.sellercenter.accesstokens.adapter.persistence.account;

import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserAccount;
import io.sellercenter.accesstokens.domain.account.UserId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.UUID;

@Mapper(componentModel = "jakarta")
interface UserRowMapper {
    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "email", source = "email.address")
    @Mapping(target = "sellerId", source = "sellerIdOrNull.value")
    UserEntity toEntity(UserAccount user);

    @Mapping(target = "sellerIdOrNull", source = "sellerId")
    UserAccount toDomain(UserEntity row);

    default UserId userId(UUID value) {
        return new UserId(value);
    }

    default SellerId sellerId(UUID value) {
        return value == null ? null : new SellerId(value);
    }

    default Email email(String address) {
        return new Email(address);
    }
}
