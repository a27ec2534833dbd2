package io.sellercenter.accesstokens.domain.account;

/**
 * What a user may do. A platform operator runs the platform and belongs to no seller; a seller admin manages their
 * seller's access tokens; a seller member belongs to a seller but manages nothing.
 */
public enum Role {
    PLATFORM_OPERATOR,
    SELLER_ADMIN,
    SELLER_MEMBER;

    public boolean belongsToSeller() {
        return this != PLATFORM_OPERATOR;
    }
}
