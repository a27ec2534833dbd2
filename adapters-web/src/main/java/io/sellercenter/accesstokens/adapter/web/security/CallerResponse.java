package io.sellercenter.accesstokens.adapter.web.security;

import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;

/** Who is calling, as {@code /api/v1/me} shows it: a token's holder or a signed-in user, told apart by authenticatedBy. */
@Schema(name = "Caller", description = "Who is calling: the holder of an access token, or a signed-in user.",
        oneOf = {TokenCaller.class, SessionCaller.class}, discriminatorProperty = "authenticatedBy",
        discriminatorMapping = {
                @DiscriminatorMapping(value = CallerClaims.ACCESS_TOKEN, schema = TokenCaller.class),
                @DiscriminatorMapping(value = CallerClaims.SESSION, schema = SessionCaller.class)})
public sealed interface CallerResponse permits TokenCaller, SessionCaller {
    /** How the caller authenticated: {@code ACCESS_TOKEN} or {@code SESSION}. */
    String authenticatedBy();
}
