package io.sellercenter.accesstokens.adapter.persistence.signin;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("failed_sign_in")
record FailedSignInEntity(@Id String accountHash, int failures, Instant lastFailureAt) {
}
