package io.sellercenter.accesstokens.adapter.web.token;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of tokens, newest first. */
@Serdeable
record AccessTokenPageResponse(List<AccessTokenResponse> items, int page, int size, long totalItems) {
}
