package io.sellercenter.accesstokens.domain.token;

/** Where a token stands at a given moment. Only an {@code ACTIVE} token authenticates. */
public enum TokenStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
