package io.sellercenter.accesstokens.bootstrap.extending;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.sellercenter.accesstokens.application.fake.InMemoryAccessTokenStore;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import jakarta.inject.Singleton;

/** A team's own token store, as docs/extending.md shows it: it replaces ours when configured to. */
@Singleton
@Replaces(bean = AccessTokenStore.class)
@Requires(property = "extending-test.store", value = "memory")
public class ReplacementTokenStore extends InMemoryAccessTokenStore {
}
