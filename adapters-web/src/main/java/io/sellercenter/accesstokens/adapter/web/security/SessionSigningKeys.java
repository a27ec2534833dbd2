package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The keys that sign and check session JWTs (HS256). {@code access-tokens.jwt.secret} signs; sessions signed with
 * {@code access-tokens.jwt.previous-secret} are still accepted, so that the secret can be rotated without signing
 * anyone out. Each is at least 32 characters. Without a secret, this process makes one up, and its sessions end
 * with it and work on no other node.
 */
@Factory
class SessionSigningKeys {
    static final int MINIMUM_LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(SessionSigningKeys.class);

    /**
     * Signs new sessions; "generator" is the name micronaut-security signs with. Made at start, so that a bad secret
     * stops the service there. (Typed as the interface: a bean typed as the configuration class would inherit its
     * {@code @EachProperty} and never be made.)
     */
    @Context
    @Named("generator")
    SignatureGeneratorConfiguration current(@Nullable @Value("${access-tokens.jwt.secret:}") String secret) {
        if (secret == null || secret.isBlank()) {
            LOG.warn("ACCESS_TOKENS_JWT_SECRET is not set: sessions are signed with a secret of this process only, "
                    + "so they end when it stops and no other node accepts them");
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            return key("generator", Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        }
        return key("generator", checked("ACCESS_TOKENS_JWT_SECRET", secret));
    }

    /** Only checks sessions: those signed before the secret was rotated. */
    @Context
    @Named("previous")
    @Requires(property = "access-tokens.jwt.previous-secret", pattern = ".+")
    SignatureConfiguration previous(@Value("${access-tokens.jwt.previous-secret}") String secret) {
        return key("previous", checked("ACCESS_TOKENS_JWT_PREVIOUS_SECRET", secret));
    }

    private static String checked(String variable, String secret) {
        if (secret.length() < MINIMUM_LENGTH) {
            throw new ConfigurationException(variable + " must be at least " + MINIMUM_LENGTH + " characters");
        }
        return secret;
    }

    private static SecretSignature key(String name, String secret) {
        SecretSignatureConfiguration key = new SecretSignatureConfiguration(name);
        key.setSecret(secret);
        return new SecretSignature(key);
    }
}
