package io.sellercenter.accesstokens.adapter.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Authenticates introspection clients by HTTP Basic (RFC 7662 §2.1, with RFC 6749's form-encoding of id and secret).
 * Secrets are compared as SHA-256 digests in constant time, and an unknown client costs the same comparison.
 */
@Singleton
class IntrospectionClients {
    private static final byte[] NO_CLIENT = digest("no such client: never matches");
    private final Map<String, byte[]> secretDigests;

    IntrospectionClients(List<IntrospectionClient> clients) {
        this.secretDigests = clients.stream()
                .filter(client -> client.secret() != null && !client.secret().isEmpty())
                .collect(Collectors.toUnmodifiableMap(IntrospectionClient::id, client -> digest(client.secret()),
                        (first, second) -> first));
    }

    boolean authenticates(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
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
        Function<String, String> formDecode = text -> URLDecoder.decode(text, StandardCharsets.UTF_8);
        String id = formDecode.apply(decoded.substring(0, colon));
        byte[] presented = digest(formDecode.apply(decoded.substring(colon + 1)));
        byte[] expected = secretDigests.getOrDefault(id.toLowerCase(Locale.ROOT),
                secretDigests.getOrDefault(id, NO_CLIENT));
        return MessageDigest.isEqual(presented, expected) && expected != NO_CLIENT;
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
