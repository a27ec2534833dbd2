package io.sellercenter.accesstokens.application.port.in.token;

import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.token.AddressAllowlist;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.token.Scope;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Generate a token for {@code sellerId}, requested by one of its admins. {@code validUntil} is kept to the microsecond,
 * the precision every instant here is stored with. Without {@code scopes}, the token has full access; with them, at
 * least one. Without an allowlist, it may be used from anywhere.
 */
public record GenerateAccessTokenCommand(SellerId sellerId, UserId requestedBy, Instant validUntil, Note note,
                                         Optional<List<Scope>> scopes, AddressAllowlist allowedFrom,
                                         RequestOrigin origin) {
    public GenerateAccessTokenCommand {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        if (validUntil == null) {
            throw new InvalidInput("validUntil", "is required");
        }
        validUntil = validUntil.truncatedTo(ChronoUnit.MICROS);
        note = note == null ? Note.empty() : note;
        scopes = scopes == null ? Optional.empty() : scopes.map(List::copyOf);
        allowedFrom = allowedFrom == null ? AddressAllowlist.anywhere() : allowedFrom;
        origin = origin == null ? RequestOrigin.unknown() : origin;
    }

    /** Full access from anywhere, as tokens were before limits existed. */
    public GenerateAccessTokenCommand(SellerId sellerId, UserId requestedBy, Instant validUntil, Note note,
                                      RequestOrigin origin) {
        this(sellerId, requestedBy, validUntil, note, Optional.empty(), AddressAllowlist.anywhere(), origin);
    }
}
