package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code ended_session}. */
@MappedEntity("ended_session")
record EndedSessionEntity(@Id UUID sessionId, Instant expiresAt) {
}
