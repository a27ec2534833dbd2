package io.sellercenter.accesstokens.application.port.out.contract;

import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.shared.Page;
import io.sellercenter.accesstokens.domain.shared.PageRequest;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.AddressAllowlist;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.token.Scope;
import io.sellercenter.accesstokens.domain.token.Scopes;
import io.sellercenter.accesstokens.domain.token.TokenLimits;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;
import io.sellercenter.accesstokens.domain.token.TokenHash;
import io.sellercenter.accesstokens.domain.token.TokenSecret;
import io.sellercenter.accesstokens.domain.token.TokenStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link AccessTokenStore} promises. An implementation's test extends this class and says how to reach
 * the store, its transactions, and a seller with a user who may own tokens (a store may insist that both exist).
 */
public abstract class AccessTokenStoreContract {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TokenPolicy POLICY = new TokenPolicy(Duration.ofDays(365));

    /** A seller and one of its users, as the store sees them. */
    public record Owner(SellerId seller, UserId user) {
    }

    protected abstract AccessTokenStore store();

    protected abstract Transactions transactions();

    /** A seller with a user, new for each call. */
    protected abstract Owner newOwner();

    private Instant now;
    private Owner owner;

    @BeforeEach
    void newSellerAndClock() {
        now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        owner = newOwner();
    }

    @Test
    void aTokenIsFoundByItsHashExactlyAsItWasStored() {
        TokenSecret secret = TokenSecret.generate(RANDOM::nextInt);
        AccessToken token = AccessToken.generate(new AccessTokenId(UUID.randomUUID()), owner.seller(), owner.user(),
                secret, new Note("ERP sync"), now.plus(Duration.ofDays(30)), now, POLICY);
        store().add(token);

        AccessToken found = store().findByHash(secret.hash()).orElseThrow();

        assertThat(found.id()).isEqualTo(token.id());
        assertThat(found.sellerId()).isEqualTo(owner.seller());
        assertThat(found.createdBy()).isEqualTo(owner.user());
        assertThat(found.hash()).isEqualTo(secret.hash());
        assertThat(found.hint()).isEqualTo(secret.hint());
        assertThat(found.note()).isEqualTo(new Note("ERP sync"));
        assertThat(found.validUntil()).isEqualTo(token.validUntil());
        assertThat(found.createdAt()).isEqualTo(now);
        assertThat(found.revokedAt()).isEmpty();
        assertThat(found.lastUsedAt()).isEmpty();
        assertThat(store().findByHash(TokenSecret.generate(RANDOM::nextInt).hash())).isEmpty();
    }

    @Test
    void manyTokensAreFoundByTheirHashesAtOnce() {
        AccessToken first = add(now.plus(Duration.ofDays(1)), now);
        AccessToken second = add(now.plus(Duration.ofDays(2)), now);
        add(now.plus(Duration.ofDays(3)), now);
        TokenHash unknown = TokenSecret.generate(RANDOM::nextInt).hash();

        List<AccessToken> found = store().findAllByHash(List.of(first.hash(), unknown, second.hash()));

        assertThat(found).extracting(AccessToken::id).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(found).filteredOn(token -> token.id().equals(second.id())).singleElement()
                .extracting(AccessToken::validUntil).isEqualTo(second.validUntil());
        assertThat(store().findAllByHash(List.of())).isEmpty();
        assertThat(store().findAllByHash(List.of(unknown))).isEmpty();
    }

    @Test
    void lookupsByHashAtTheSameTimeEachFindTheirOwnTokenOrNone() throws Exception {
        List<AccessToken> stored = IntStream.range(0, 20).mapToObj(day -> add(now.plus(Duration.ofDays(day + 1)), now))
                .toList();
        List<TokenHash> asked = new ArrayList<>(stored.stream().map(AccessToken::hash).toList());
        IntStream.range(0, 20).forEach(unknown -> asked.add(TokenSecret.generate(RANDOM::nextInt).hash()));
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<Optional<AccessToken>>> found = callers.invokeAll(asked.stream()
                        .<Callable<Optional<AccessToken>>>map(hash -> () -> store().findByHash(hash)).toList());
                for (int i = 0; i < asked.size(); i++) {
                    Optional<AccessToken> token = found.get(i).get(10, TimeUnit.SECONDS);
                    if (i < stored.size()) {
                        assertThat(token).as("token %d", i).map(AccessToken::id).contains(stored.get(i).id());
                        assertThat(token).map(AccessToken::validUntil).contains(stored.get(i).validUntil());
                    } else {
                        assertThat(token).as("unknown hash %d", i).isEmpty();
                    }
                }
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aTokenIsFoundByItsHashInTheTransactionThatAddsIt() {
        TokenSecret secret = TokenSecret.generate(RANDOM::nextInt);
        AccessToken token = token(secret, now.plus(Duration.ofDays(1)), now);

        Optional<AccessToken> found = transactions().inTransaction(() -> {
            store().add(token);
            return store().findByHash(secret.hash());
        });

        assertThat(found).map(AccessToken::id).contains(token.id());
    }

    @Test
    void theActiveTokensUsedLatelyAreFoundMostRecentlyUsedFirstOrNoneByAStoreThatCannotTell() {
        // Ten days ahead, so that no other test's tokens were used within the window.
        Instant at = now.plus(Duration.ofDays(10));
        AccessToken usedLately = used(at.plus(Duration.ofDays(1)), null, at.minusSeconds(50));
        AccessToken usedJustNow = used(at.plus(Duration.ofDays(1)), null, at.minusSeconds(5));
        used(at.plus(Duration.ofDays(1)), null, at.minus(Duration.ofHours(2)));
        used(at.plus(Duration.ofDays(1)), null, null);
        used(at.minusSeconds(30), at.minusSeconds(30), at.minusSeconds(40));
        used(at.minusSeconds(10), null, at.minusSeconds(20));

        List<AccessTokenId> found = store().findActiveUsedSince(at.minus(Duration.ofHours(1)), at, 10).stream()
                .map(AccessToken::id).toList();
        List<AccessTokenId> first = store().findActiveUsedSince(at.minus(Duration.ofHours(1)), at, 1).stream()
                .map(AccessToken::id).toList();

        assertThat(found).as("active, used within the hour, most recently used first")
                .isIn(List.of(), List.of(usedJustNow.id(), usedLately.id()));
        assertThat(first).as("at most the limit").isIn(List.of(), List.of(usedJustNow.id()));
        assertThat(found.isEmpty()).as("a store tells both or neither").isEqualTo(first.isEmpty());
    }

    @Test
    void aTokensLimitsAreKeptAndATokenWithoutThemHasFullAccessFromAnywhere() {
        TokenSecret limited = TokenSecret.generate(RANDOM::nextInt);
        TokenSecret unlimited = TokenSecret.generate(RANDOM::nextInt);
        TokenLimits limits = new TokenLimits(Scopes.of(List.of(Scope.parse("stock:write", "scopes"),
                Scope.parse("orders:read", "scopes")), "scopes"),
                AddressAllowlist.of(List.of("203.0.113.0/24", "2001:db8::/32"), "allowedIps"));
        store().add(AccessToken.generate(new AccessTokenId(UUID.randomUUID()), owner.seller(), owner.user(), limited,
                Note.empty(), now.plus(Duration.ofDays(30)), now, POLICY, limits));
        store().add(AccessToken.generate(new AccessTokenId(UUID.randomUUID()), owner.seller(), owner.user(), unlimited,
                Note.empty(), now.plus(Duration.ofDays(30)), now, POLICY));

        assertThat(store().findByHash(limited.hash()).orElseThrow().limits()).isEqualTo(limits);
        assertThat(store().findByHash(unlimited.hash()).orElseThrow().limits()).isEqualTo(TokenLimits.none());
    }

    @Test
    void aSecondTokenWithTheSameHashIsRefused() {
        TokenSecret secret = TokenSecret.generate(RANDOM::nextInt);
        store().add(token(secret, now.plusSeconds(60), now));

        assertThatThrownBy(() -> store().add(token(secret, now.plusSeconds(60), now)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void anotherSellersTokenIsNotFound() {
        AccessToken token = add(now.plus(Duration.ofDays(1)), now);
        Owner other = newOwner();

        assertThat(store().find(owner.seller(), token.id())).isPresent();
        assertThat(store().find(other.seller(), token.id())).isEmpty();
        assertThat(transactions().inTransaction(() -> store().findForUpdate(other.seller(), token.id()))).isEmpty();
    }

    @Test
    void aRevocationIsStored() {
        AccessToken token = add(now.plus(Duration.ofDays(1)), now);
        Instant later = now.plusSeconds(5);

        transactions().inTransaction(() -> {
            AccessToken locked = store().findForUpdate(owner.seller(), token.id()).orElseThrow();
            store().saveRevocation(locked.revoke(later));
            return null;
        });

        AccessToken found = store().find(owner.seller(), token.id()).orElseThrow();
        assertThat(found.revokedAt()).contains(later);
        assertThat(found.validUntil()).isEqualTo(later);
        assertThat(found.statusAt(later)).isEqualTo(TokenStatus.REVOKED);
        assertThat(store().findByHash(token.hash()).orElseThrow().revokedAt()).contains(later);
    }

    @Test
    void pagesListNewestFirstAndFilterByStatusAtTheGivenInstant() {
        AccessToken expired = add(now.plusSeconds(10), now.minusSeconds(30));
        AccessToken active = add(now.plus(Duration.ofDays(1)), now.minusSeconds(20));
        AccessToken revoked = add(now.plus(Duration.ofDays(1)), now.minusSeconds(10));
        transactions().inTransaction(() -> {
            store().saveRevocation(revoked.revoke(now.minusSeconds(5)));
            return null;
        });
        Owner someoneElse = newOwner();
        store().add(AccessToken.generate(new AccessTokenId(UUID.randomUUID()), someoneElse.seller(),
                someoneElse.user(), TokenSecret.generate(RANDOM::nextInt), Note.empty(), now.plus(Duration.ofDays(1)),
                now, POLICY));
        Instant listedAt = now.plusSeconds(60);

        Page<AccessToken> first = store().page(owner.seller(), Optional.empty(), listedAt, new PageRequest(0, 2));
        assertThat(first.items()).extracting(AccessToken::id).containsExactly(revoked.id(), active.id());
        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(first.request()).isEqualTo(new PageRequest(0, 2));
        assertThat(store().page(owner.seller(), Optional.empty(), listedAt, new PageRequest(1, 2)).items())
                .extracting(AccessToken::id).containsExactly(expired.id());

        assertThat(ids(TokenStatus.ACTIVE, listedAt)).containsExactly(active.id());
        assertThat(ids(TokenStatus.EXPIRED, listedAt)).containsExactly(expired.id());
        assertThat(ids(TokenStatus.REVOKED, listedAt)).containsExactly(revoked.id());
        assertThat(ids(TokenStatus.ACTIVE, now)).as("judged at the instant given")
                .containsExactly(active.id(), expired.id());
    }

    @Test
    void aPageBeyondTheLastIsEmptyButCountsEverything() {
        add(now.plusSeconds(60), now);

        Page<AccessToken> beyond = store().page(owner.seller(), Optional.empty(), now, new PageRequest(5, 10));

        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(1);
    }

    private List<AccessTokenId> ids(TokenStatus status, Instant at) {
        return store().page(owner.seller(), Optional.of(status), at, new PageRequest(0, 10)).items().stream()
                .map(AccessToken::id).toList();
    }

    private AccessToken add(Instant validUntil, Instant createdAt) {
        AccessToken token = token(TokenSecret.generate(RANDOM::nextInt), validUntil, createdAt);
        store().add(token);
        return token;
    }

    private AccessToken token(TokenSecret secret, Instant validUntil, Instant createdAt) {
        return AccessToken.generate(new AccessTokenId(UUID.randomUUID()), owner.seller(), owner.user(), secret,
                Note.empty(), validUntil, createdAt, POLICY);
    }

    /** A token of the owner's, stored as restored: revoked at {@code revokedAt} and last used at {@code lastUsedAt}. */
    private AccessToken used(Instant validUntil, Instant revokedAt, Instant lastUsedAt) {
        TokenSecret secret = TokenSecret.generate(RANDOM::nextInt);
        AccessToken token = AccessToken.restore(new AccessTokenId(UUID.randomUUID()), owner.seller(), secret.hash(),
                secret.hint(), Note.empty(), validUntil, validUntil.minus(Duration.ofDays(30)), owner.user(),
                revokedAt, lastUsedAt, lastUsedAt == null ? null : "203.0.113.7");
        store().add(token);
        return token;
    }
}
