package io.sellercenter.accesstokens.application.port.in.token;

import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.token.Note;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Generate a token for {@code sellerId}, requested by one of its admins. {@code validUntil} is kept to the microsecond,
 * the precision every instant here is stored with.
 */
public record GenerateAccessTokenCommand(SellerId sellerId, UserId requestedBy, Instant validUntil, Note note,
                                         RequestOrigin origin) {
    public GenerateAccessTokenCommand {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        if (validUntil == null) {
            throw new InvalidInput("validUntil", "is required");
        }
        validUntil = validUntil.truncatedTo(ChronoUnit.MICROS);
        note = note == null ? Note.empty() : note;
        origin = origin == null ? RequestOrigin.unknown() : origin;
    }
}
