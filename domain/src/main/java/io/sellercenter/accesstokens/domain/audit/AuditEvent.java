package io.sellercenter.accesstokens.domain.audit;

import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to a seller's tokens or sign-ins: when, what, who (a user or a token, when known), which
 * seller and token, from where, and how it ended. Never holds a secret. One event may stand for several
 * {@code occurrences} alike, in the same minute from the same address (refused calls are kept so): {@code occurredAt}
 * is then the first of them.
 */
public record AuditEvent(Instant occurredAt, Action action, String actor, SellerId sellerId, AccessTokenId tokenId,
                         RequestOrigin origin, Outcome outcome, int occurrences) {
    public enum Action {
        TOKEN_GENERATED,
        TOKEN_REVOKED,
        TOKEN_RENEWED,
        SIGN_IN,
        TOKEN_AUTHENTICATION_FAILED,
        SIGN_OUT
    }

    public enum Outcome {
        SUCCESS,
        INVALID_CREDENTIALS,
        TOO_MANY_ATTEMPTS,
        MALFORMED,
        UNKNOWN,
        EXPIRED,
        REVOKED,
        ADDRESS_NOT_ALLOWED
    }

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        origin = origin == null ? RequestOrigin.unknown() : origin;
        if (occurrences < 1) {
            throw new IllegalArgumentException("an event occurs at least once");
        }
    }

    /** One occurrence. */
    public AuditEvent(Instant occurredAt, Action action, String actor, SellerId sellerId, AccessTokenId tokenId,
                      RequestOrigin origin, Outcome outcome) {
        this(occurredAt, action, actor, sellerId, tokenId, origin, outcome, 1);
    }

    public static String user(UserId user) {
        return "user:" + user.value();
    }

    public static String token(AccessTokenId token) {
        return "token:" + token.value();
    }

    /** A successful change to a token, by a user. */
    public static AuditEvent change(Instant at, Action action, UserId by, SellerId seller, AccessTokenId token,
                                    RequestOrigin origin) {
        return new AuditEvent(at, action, user(by), seller, token, origin, Outcome.SUCCESS);
    }
}
