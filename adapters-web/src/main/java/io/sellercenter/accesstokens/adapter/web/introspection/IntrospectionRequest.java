package io.sellercenter.accesstokens.adapter.web.introspection;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.uri.QueryStringDecoder;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenPresentation;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.shared.IpLiteral;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.HashMap;
import java.util.Map;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The form an introspection client posts (RFC 7662 §2.1), as the contract describes it, as {@link #read} reads it and
 * as {@link #presentation} checks it.
 */
@Introspected
@Schema(name = "IntrospectionRequest",
        description = "The token to introspect, form-encoded (RFC 7662 §2.1). Other parameters are accepted and "
                + "ignored, as RFC 7662 allows.")
record IntrospectionRequest(
        @Schema(requiredMode = REQUIRED, minLength = 1, example = "sct_4aB9xQ2mN7pL0kR5tV8wY1zC3dF6gH9jK2mP4s",
                description = "The token, as its holder presents it")
        String token,
        @Schema(description = "A hint about the token's type (RFC 7662); accepted and ignored")
        @JsonProperty("token_type_hint") String tokenTypeHint,
        @Schema(example = "203.0.113.7", maxLength = 45,
                description = "The address the call the gateway is checking comes from (an IP address): a token "
                        + "whose allowlist does not name it is then inactive. Without it, the allowlist is not "
                        + "applied but returned in `allowed_ips`, for the gateway to apply.")
        @JsonProperty("client_ip") String clientIp) {
    private static final String TOKEN = "token";
    private static final String TOKEN_TYPE_HINT = "token_type_hint";
    private static final String CLIENT_IP = "client_ip";

    /**
     * The form's fields; any other parameter is ignored, as RFC 7662 allows. A field given twice is refused: which one
     * would be meant (RFC 6749 §3.1 forbids it)? So is a field whose value is not form-encoded (a {@code %} not
     * followed by two hex digits of UTF-8). Read here rather than by Micronaut's form binding, which answered such a
     * value with a 500 and cost an introspection a third of its time.
     */
    static IntrospectionRequest read(@Nullable String form) {
        Map<String, String> fields = new HashMap<>(4);
        for (String pair : form == null ? new String[0] : form.split("&")) {
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals), null);
            if (TOKEN.equals(name) || TOKEN_TYPE_HINT.equals(name) || CLIENT_IP.equals(name)) {
                String value = equals < 0 ? "" : decoded(pair.substring(equals + 1), name);
                if (fields.putIfAbsent(name, value) != null) {
                    throw new InvalidInput(name, "must be given once");
                }
            }
        }
        return new IntrospectionRequest(fields.get(TOKEN), fields.get(TOKEN_TYPE_HINT), fields.get(CLIENT_IP));
    }

    /**
     * What the form asks about: its token, from the address it names, if it names one. The address is read as the
     * token's allowlist will read it: written out, without a port.
     */
    TokenPresentation presentation() {
        if (token == null || token.isEmpty()) {
            throw new InvalidInput(TOKEN, "is required");
        }
        if (clientIp == null) {
            return TokenPresentation.inquiry(token);
        }
        if (IpLiteral.parse(clientIp).isEmpty()) {
            throw new InvalidInput(CLIENT_IP, "must be an IP address");
        }
        return TokenPresentation.inquiryFor(token, clientIp);
    }

    /** A form-encoded name or value; a name that cannot be decoded is none of ours, so it is read as nothing. */
    private static String decoded(String text, @Nullable String field) {
        try {
            return QueryStringDecoder.decodeComponent(text);
        } catch (IllegalArgumentException | IllegalStateException notFormEncoded) {
            if (field == null) {
                return null;
            }
            throw new InvalidInput(field, "must be form-encoded: a % followed by two hex digits, in UTF-8");
        }
    }
}
