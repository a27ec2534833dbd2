package io.sellercenter.accesstokens.adapter.web.platform;

import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.UserProfile;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "jakarta")
interface PlatformResponseMapper {
    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "name", source = "name.text")
    PlatformController.SellerResponse toResponse(Seller seller);

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "email", source = "email.address")
    @Mapping(target = "sellerId", expression = "java(user.sellerId().map(s -> s.value().toString()).orElse(null))")
    PlatformController.UserResponse toResponse(UserProfile user);

    default SellerUserRole role(Role role) {
        return SellerUserRole.of(role);
    }
}
