package io.sellercenter.accesstokens.adapter.web.token;

import io.sellercenter.accesstokens.adapter.web.http.RequestValues;
import io.sellercenter.accesstokens.application.port.in.token.AccessTokenPage;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;

/**
 * Tokens to response bodies, with their status as of {@code now}. The aggregate is no bean, so its fields are read
 * through expressions, once, here.
 */
@Mapper(componentModel = "jakarta", imports = RequestValues.class)
interface AccessTokenResponseMapper {
    @Mapping(target = "id", expression = "java(token.id().value().toString())")
    @Mapping(target = "tokenHint", expression = "java(token.hint())")
    @Mapping(target = "note", expression = "java(token.note().text())")
    @Mapping(target = "status", expression = "java(token.statusAt(now))")
    @Mapping(target = "validUntil", expression = "java(RequestValues.format(token.validUntil()))")
    @Mapping(target = "createdAt", expression = "java(RequestValues.format(token.createdAt()))")
    @Mapping(target = "createdBy", expression = "java(token.createdBy().value().toString())")
    @Mapping(target = "revokedAt", expression = "java(RequestValues.format(token.revokedAt().orElse(null)))")
    @Mapping(target = "lastUsedAt", expression = "java(RequestValues.format(token.lastUsedAt().orElse(null)))")
    @Mapping(target = "lastUsedIp", expression = "java(token.lastUsedIp().orElse(null))")
    AccessTokenResponse toResponse(AccessToken token, @Context Instant now);

    @Mapping(target = "token", source = "secret")
    GeneratedAccessTokenResponse withSecret(AccessTokenResponse view, String secret);

    default GeneratedAccessTokenResponse toResponse(GeneratedAccessToken generated, @Context Instant now) {
        return withSecret(toResponse(generated.token(), now), generated.secret().reveal());
    }

    default AccessTokenPageResponse toResponse(AccessTokenPage page, @Context Instant now) {
        return new AccessTokenPageResponse(page.items().stream().map(token -> toResponse(token, now)).toList(),
                page.page(), page.size(), page.totalItems());
    }
}
