package io.sellercenter.accesstokens.adapter.web.token;

import io.sellercenter.accesstokens.adapter.web.http.RequestValues;
import io.sellercenter.accesstokens.application.port.in.token.AccessTokenView;
import io.sellercenter.accesstokens.domain.shared.Page;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;
import io.sellercenter.accesstokens.domain.token.TokenStatus;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Tokens to response bodies, with the status the use case decided. The aggregate is no bean, so its fields are read
 * through expressions, once, here.
 */
@Mapper(componentModel = "jakarta", imports = RequestValues.class)
interface AccessTokenResponseMapper {
    @Mapping(target = "id", expression = "java(token.id().toString())")
    @Mapping(target = "tokenHint", expression = "java(token.hint())")
    @Mapping(target = "note", expression = "java(token.note().text())")
    @Mapping(target = "status", source = "status")
    @Mapping(target = "validUntil", expression = "java(RequestValues.format(token.validUntil()))")
    @Mapping(target = "createdAt", expression = "java(RequestValues.format(token.createdAt()))")
    @Mapping(target = "createdBy", expression = "java(token.createdBy().toString())")
    @Mapping(target = "revokedAt", expression = "java(RequestValues.format(token.revokedAt().orElse(null)))")
    @Mapping(target = "lastUsedAt", expression = "java(RequestValues.format(token.lastUsedAt().orElse(null)))")
    @Mapping(target = "lastUsedIp", expression = "java(token.lastUsedIp().orElse(null))")
    @Mapping(target = "scopes", expression = "java(token.limits().scopes().listed())")
    @Mapping(target = "allowedIps", expression = "java(token.limits().allowedFrom().entries())")
    AccessTokenResponse toResponse(AccessToken token, TokenStatus status);

    @Mapping(target = "token", source = "secret")
    GeneratedAccessTokenResponse withSecret(AccessTokenResponse view, String secret);

    default AccessTokenResponse toResponse(AccessTokenView view) {
        return toResponse(view.token(), view.status());
    }

    default GeneratedAccessTokenResponse toResponse(GeneratedAccessToken generated) {
        return withSecret(toResponse(generated.token(), generated.status()), generated.secret().reveal());
    }

    default AccessTokenPageResponse toResponse(Page<AccessTokenView> page) {
        return new AccessTokenPageResponse(page.items().stream().map(this::toResponse).toList(),
                page.request().page(), page.request().size(), page.totalItems());
    }
}
