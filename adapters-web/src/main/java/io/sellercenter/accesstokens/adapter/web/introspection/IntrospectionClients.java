package io.sellercenter.accesstokens.adapter.web.introspection;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.sellercenter.accesstokens.domain.shared.Sha256;
import jakarta.inject.Inject;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authenticates introspection clients by HTTP Basic (RFC 7662 §2.1, with RFC 6749's form-encoding of id and secret).
 * Secrets are compared as SHA-256 digests in constant time, and an unknown client costs the same comparison.
 * Clients come from configuration and from environment variables
 * {@code ACCESS_TOKENS_INTROSPECTION_CLIENTS_<ID>_SECRET} (read here directly: the generic mapping of such names to
 * keyed properties is ambiguous). A secret is at least 32 characters, checked at start: a short one stops the service
 * with a message that names the client, never the secret.
 */
@Context
class IntrospectionClients {
    static final int MINIMUM_SECRET_LENGTH = 32;
    private static final byte[] NO_CLIENT = digest("no such client: never matches");
    private static final Pattern ENVIRONMENT_VARIABLE =
            Pattern.compile("ACCESS_TOKENS_INTROSPECTION_CLIENTS_([A-Z0-9_]+)_SECRET");
    private final Map<String, byte[]> secretDigests = new HashMap<>();

    @Inject
    IntrospectionClients(List<IntrospectionClient> clients) {
        this(clients, System.getenv());
    }

    IntrospectionClients(List<IntrospectionClient> clients, Map<String, String> environment) {
        environment.forEach((name, secret) -> {
            Matcher matcher = ENVIRONMENT_VARIABLE.matcher(name);
            if (matcher.matches() && !secret.isEmpty()) {
                String id = matcher.group(1).toLowerCase(Locale.ROOT).replace('_', '-');
                secretDigests.put(id, digest(checked(id, secret)));
            }
        });
        for (IntrospectionClient client : clients) {
            if (client.secret() != null && !client.secret().isEmpty()) {
                secretDigests.putIfAbsent(client.id(), digest(checked(client.id(), client.secret())));
            }
        }
    }

    private static String checked(String client, String secret) {
        if (secret.length() < MINIMUM_SECRET_LENGTH) {
            throw new ConfigurationException("The secret of introspection client " + client + " must be at least "
                    + MINIMUM_SECRET_LENGTH + " characters");
        }
        return secret;
    }

    boolean authenticates(HttpRequest<?> request) {
        return authenticates(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
    }

    /** Whether this {@code Authorization} value is a known client's id and secret, as HTTP Basic. */
    boolean authenticates(@Nullable String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String id;
        byte[] presented;
        try {
            id = formDecoded(decoded.substring(0, colon));
            presented = digest(formDecoded(decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notFormEncoded) {
            return false;
        }
        byte[] expected = secretDigests.getOrDefault(id, NO_CLIENT);
        return MessageDigest.isEqual(presented, expected) && expected != NO_CLIENT;
    }

    /** RFC 6749's form-decoding of an id or secret; most have nothing to decode. */
    private static String formDecoded(String text) {
        return text.indexOf('%') < 0 && text.indexOf('+') < 0 ? text : URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static byte[] digest(String text) {
        return Sha256.of(text.getBytes(StandardCharsets.UTF_8));
    }
}
