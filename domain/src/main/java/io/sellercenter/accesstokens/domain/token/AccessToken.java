package io.sellercenter.accesstokens.domain.token;

import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A seller's API access token. It is active from the moment it is generated until {@code validUntil}; revoking it is
 * irreversible and ends it at once. Holds the hash of its secret, never the secret. Immutable: changes return a new
 * instance.
 */
public final class AccessToken {
    private final AccessTokenId id;
    private final SellerId sellerId;
    private final TokenHash hash;
    private final String hint;
    private final Note note;
    private final Instant validUntil;
    private final Instant createdAt;
    private final UserId createdBy;
    private final Instant revokedAt;
    private final Instant lastUsedAt;
    private final String lastUsedIp;
    private final TokenLimits limits;

    private AccessToken(AccessTokenId id, SellerId sellerId, TokenHash hash, String hint, Note note,
                        Instant validUntil, Instant createdAt, UserId createdBy, Instant revokedAt, Instant lastUsedAt,
                        String lastUsedIp, TokenLimits limits) {
        this.id = Objects.requireNonNull(id, "id");
        this.sellerId = Objects.requireNonNull(sellerId, "sellerId");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.hint = Objects.requireNonNull(hint, "hint");
        this.note = Objects.requireNonNull(note, "note");
        this.validUntil = Objects.requireNonNull(validUntil, "validUntil");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.revokedAt = revokedAt;
        this.lastUsedAt = lastUsedAt;
        this.lastUsedIp = lastUsedIp;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * A new token for {@code secret}, active from {@code now}, limited to {@code limits} for good; {@code validUntil}
     * must respect the policy.
     */
    public static AccessToken generate(AccessTokenId id, SellerId sellerId, UserId createdBy, TokenSecret secret,
                                       Note note, Instant validUntil, Instant now, TokenPolicy policy,
                                       TokenLimits limits) {
        policy.checkValidUntil(validUntil, now);
        return new AccessToken(id, sellerId, secret.hash(), secret.hint(), note, validUntil, now, createdBy, null, null,
                null, limits);
    }

    /** A new token without limits: full access, from anywhere. */
    public static AccessToken generate(AccessTokenId id, SellerId sellerId, UserId createdBy, TokenSecret secret,
                                       Note note, Instant validUntil, Instant now, TokenPolicy policy) {
        return generate(id, sellerId, createdBy, secret, note, validUntil, now, policy, TokenLimits.none());
    }

    /** A token as it was stored; trusts the store. */
    public static AccessToken restore(AccessTokenId id, SellerId sellerId, TokenHash hash, String hint, Note note,
                                      Instant validUntil, Instant createdAt, UserId createdBy, Instant revokedAt,
                                      Instant lastUsedAt, String lastUsedIp, TokenLimits limits) {
        return new AccessToken(id, sellerId, hash, hint, note, validUntil, createdAt, createdBy, revokedAt, lastUsedAt,
                lastUsedIp, limits);
    }

    /** A stored token without limits. */
    public static AccessToken restore(AccessTokenId id, SellerId sellerId, TokenHash hash, String hint, Note note,
                                      Instant validUntil, Instant createdAt, UserId createdBy, Instant revokedAt,
                                      Instant lastUsedAt, String lastUsedIp) {
        return restore(id, sellerId, hash, hint, note, validUntil, createdAt, createdBy, revokedAt, lastUsedAt,
                lastUsedIp, TokenLimits.none());
    }

    public TokenStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return TokenStatus.REVOKED;
        }
        return now.isBefore(validUntil) ? TokenStatus.ACTIVE : TokenStatus.EXPIRED;
    }

    public boolean isUsableAt(Instant now) {
        return statusAt(now) == TokenStatus.ACTIVE;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /**
     * Ends the token at {@code now}: records the revocation and brings {@code validUntil} forward to it (never later
     * than it was). Revoking a revoked token changes nothing.
     */
    public AccessToken revoke(Instant now) {
        if (isRevoked()) {
            return this;
        }
        Instant end = validUntil.isAfter(now) ? now : validUntil;
        return new AccessToken(id, sellerId, hash, hint, note, end, createdAt, createdBy, now, lastUsedAt, lastUsedIp,
                limits);
    }

    /**
     * When a replacement generated at {@code now} ends by default: as long from now as this token was meant to live,
     * but no further ahead than the policy allows today.
     */
    public Instant defaultRenewalValidUntil(Instant now, TokenPolicy policy) {
        Instant sameLifetime = now.plus(Duration.between(createdAt, validUntil));
        Instant latest = policy.latestValidUntil(now);
        return sameLifetime.isAfter(latest) ? latest : sameLifetime;
    }

    public AccessTokenId id() {
        return id;
    }

    public SellerId sellerId() {
        return sellerId;
    }

    public TokenHash hash() {
        return hash;
    }

    public String hint() {
        return hint;
    }

    public Note note() {
        return note;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UserId createdBy() {
        return createdBy;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    /** When the token last authenticated a call, to within the minute; recorded off the request path. */
    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    /** The address that call came from. */
    public Optional<String> lastUsedIp() {
        return Optional.ofNullable(lastUsedIp);
    }

    /** Its scopes and the addresses it may be used from, as fixed when it was made. */
    public TokenLimits limits() {
        return limits;
    }

    /** Whether a call from {@code clientIp} may use this token (wherever, when it has no allowlist). */
    public boolean isUsableFrom(String clientIp) {
        return limits.allowedFrom().allows(clientIp);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccessToken that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "AccessToken[" + id + ", seller " + sellerId + ", " + hint + "]";
    }
}
