package io.sellercenter.accesstokens.adapter.persistence.token;

import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.AddressAllowlist;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.token.Scopes;
import io.sellercenter.accesstokens.domain.token.TokenHash;
import io.sellercenter.accesstokens.domain.token.TokenLimits;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Rows to tokens and back. The aggregate is no bean and no record (it guards its own construction), so reading it is
 * spelled out once here and rebuilding it goes through {@link AccessToken#restore}.
 */
@Mapper(componentModel = "jakarta")
interface AccessTokenRowMapper {
    @Mapping(target = "id", expression = "java(token.id().value())")
    @Mapping(target = "sellerId", expression = "java(token.sellerId().value())")
    @Mapping(target = "tokenHash", expression = "java(token.hash().hex())")
    @Mapping(target = "tokenHint", expression = "java(token.hint())")
    @Mapping(target = "note", expression = "java(token.note().text())")
    @Mapping(target = "validUntil", expression = "java(token.validUntil())")
    @Mapping(target = "createdAt", expression = "java(token.createdAt())")
    @Mapping(target = "createdBy", expression = "java(token.createdBy().value())")
    @Mapping(target = "revokedAt", expression = "java(token.revokedAt().orElse(null))")
    @Mapping(target = "lastUsedAt", expression = "java(token.lastUsedAt().orElse(null))")
    @Mapping(target = "lastUsedIp", expression = "java(token.lastUsedIp().orElse(null))")
    @Mapping(target = "scopes", expression = "java(scopes(token.limits().scopes()))")
    @Mapping(target = "allowedIps", expression = "java(allowedIps(token.limits().allowedFrom()))")
    AccessTokenEntity toEntity(AccessToken token);

    default AccessToken toDomain(AccessTokenEntity row) {
        return AccessToken.restore(new AccessTokenId(row.id()), new SellerId(row.sellerId()),
                new TokenHash(row.tokenHash()), row.tokenHint(), new Note(row.note()), row.validUntil(),
                row.createdAt(), new UserId(row.createdBy()), row.revokedAt(), row.lastUsedAt(), row.lastUsedIp(),
                new TokenLimits(Scopes.restore(row.scopes()), AddressAllowlist.restore(row.allowedIps())));
    }

    /** Null for full access, else the granted scopes. */
    default String scopes(Scopes scopes) {
        return scopes.isFullAccess() ? null : scopes.text();
    }

    /** Null for anywhere, else the entries. */
    default String allowedIps(AddressAllowlist allowlist) {
        return allowlist.isAnywhere() ? null : allowlist.text();
    }
}
