package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.service.authentication.AuthenticateAccessTokenService;
import io.sellercenter.accesstokens.application.service.token.GenerateAccessTokenService;
import io.sellercenter.accesstokens.application.service.token.ListAccessTokensService;
import io.sellercenter.accesstokens.application.service.token.RenewAccessTokenService;
import io.sellercenter.accesstokens.application.service.token.RevokeAccessTokenService;
import io.sellercenter.accesstokens.application.port.in.token.AccessTokenPage;
import io.sellercenter.accesstokens.application.port.in.token.GenerateAccessTokenCommand;
import io.sellercenter.accesstokens.application.port.in.token.ListAccessTokensQuery;
import io.sellercenter.accesstokens.application.port.in.token.RenewAccessTokenCommand;
import io.sellercenter.accesstokens.application.port.in.token.RenewalResult;
import io.sellercenter.accesstokens.application.port.in.token.Revocation;
import io.sellercenter.accesstokens.application.port.in.token.RevokeAccessTokenCommand;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenCheck;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.application.port.out.token.RevocationBroadcast;
import io.sellercenter.accesstokens.application.port.out.token.TokenUsageRecorder;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenPresentation;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;
import io.sellercenter.accesstokens.domain.token.TokenStatus;
import io.sellercenter.accesstokens.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenServicesTest {
    private static final SellerId SELLER = new SellerId(UUID.randomUUID());
    private static final SellerId OTHER_SELLER = new SellerId(UUID.randomUUID());
    private static final UserId ADMIN = new UserId(UUID.randomUUID());
    private static final TokenPolicy POLICY = new TokenPolicy(Duration.ofDays(365));

    private final InMemoryAccessTokenStore store = new InMemoryAccessTokenStore();
    private final Fakes.Clock clock = new Fakes.Clock(Instant.parse("2026-11-27T10:00:00Z"));
    private final Fakes.SeededRandom random = new Fakes.SeededRandom();
    private final List<String> journal = new ArrayList<>();
    private final Fakes.CountingTransactions transactions = new Fakes.CountingTransactions(journal);
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final List<AuditEvent> auditEvents = audit.recorded;
    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.9", "integration-test/1.0");
    private final InMemoryTokenCache cache = new InMemoryTokenCache(journal);
    private final RevocationBroadcast broadcast = hash -> journal.add("announce " + hash.hex());
    private final List<String> uses = new ArrayList<>();
    private final TokenUsageRecorder usage = (token, at, address) -> uses.add(token + " " + at + " " + address);

    private final GenerateAccessTokenService generate =
            new GenerateAccessTokenService(store, audit, clock, random, POLICY, transactions);
    private final RevokeAccessTokenService revoke = new RevokeAccessTokenService(store, audit, cache, broadcast, clock,
            transactions);
    private final RenewAccessTokenService renew =
            new RenewAccessTokenService(store, audit, cache, broadcast, clock, random,
            POLICY, transactions);
    private final AuthenticateAccessTokenService authenticate = new AuthenticateAccessTokenService(store, cache, usage,
            audit, clock);
    private final ListAccessTokensService list = new ListAccessTokensService(store, clock);

    @Test
    void generatedTokenIsStoredInOneTransactionAndAuthenticatesAtOnce() {
        GeneratedAccessToken generated = generateFor(SELLER, Duration.ofDays(30), "ERP sync");

        assertThat(transactions.count).isEqualTo(1);
        assertThat(store.tokens).containsKey(generated.token().id());
        assertThat(generated.token().createdBy()).isEqualTo(ADMIN);
        assertThat(check(generated.secret().reveal()))
                .isEqualTo(new TokenCheck.Valid(generated.token()));
        assertThat(auditEvents).containsExactly(AuditEvent.change(clock.now(), AuditEvent.Action.TOKEN_GENERATED,
                ADMIN, SELLER, generated.token().id(), ORIGIN));
    }

    @Test
    void aTokenOutsideThePolicyIsNotStored() {
        assertThatThrownBy(() -> generateFor(SELLER, Duration.ofDays(366), null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> generateFor(SELLER, Duration.ofSeconds(-1), null)).isInstanceOf(InvalidInput.class);
        assertThat(store.tokens).isEmpty();
        assertThat(auditEvents).isEmpty();
    }

    @Test
    void malformedSecretIsRefusedWithoutAskingTheStore() {
        // (the refusal itself is audited: see refusedCallsAreAuditedOffTheRequestPathButInquiriesAreNot)
        String secret = generateFor(SELLER, Duration.ofDays(1), null).secret().reveal();
        String mistyped = secret.substring(0, 39) + (secret.charAt(39) == 'x' ? 'y' : 'x');

        assertThat(check(mistyped)).isInstanceOf(TokenCheck.Malformed.class);
        assertThat(check("Bearer " + secret)).isInstanceOf(TokenCheck.Malformed.class);
        assertThat(check(null)).isInstanceOf(TokenCheck.Malformed.class);
        assertThat(store.hashLookups).isZero();
    }

    @Test
    void wellFormedButUnknownSecretIsUnknown() {
        String stranger = io.sellercenter.accesstokens.domain.token.TokenSecret.generate(bound -> 1).reveal();

        assertThat(check(stranger)).isInstanceOf(TokenCheck.Unknown.class);
        assertThat(store.hashLookups).isEqualTo(1);
    }

    @Test
    void tokenStopsAuthenticatingExactlyAtValidUntil() {
        GeneratedAccessToken generated = generateFor(SELLER, Duration.ofMinutes(5), null);
        String secret = generated.secret().reveal();

        clock.advance(Duration.ofMinutes(5).minusNanos(1000));
        assertThat(check(secret)).isInstanceOf(TokenCheck.Valid.class);
        clock.advance(Duration.ofNanos(1000));
        assertThat(check(secret)).isInstanceOf(TokenCheck.Expired.class);
    }

    @Test
    void revokedTokenIsRejectedOnTheNextCheck() {
        GeneratedAccessToken generated = generateFor(SELLER, Duration.ofDays(30), null);
        clock.advance(Duration.ofSeconds(30));

        Revocation revocation = revoke.revoke(
                new RevokeAccessTokenCommand(SELLER, generated.token().id(), ADMIN, ORIGIN)).orElseThrow();

        assertThat(revocation.justRevoked()).isTrue();
        assertThat(revocation.token().revokedAt()).contains(clock.now());
        assertThat(revocation.token().validUntil()).isEqualTo(clock.now());
        assertThat(check(generated.secret().reveal())).isInstanceOf(TokenCheck.Revoked.class);
    }

    @Test
    void revokingTwiceKeepsTheFirstRevocation() {
        GeneratedAccessToken generated = generateFor(SELLER, Duration.ofDays(30), null);
        RevokeAccessTokenCommand command = new RevokeAccessTokenCommand(SELLER, generated.token().id(), ADMIN, ORIGIN);
        Instant first = clock.now();
        revoke.revoke(command);
        clock.advance(Duration.ofHours(1));

        Revocation again = revoke.revoke(command).orElseThrow();
        assertThat(again.justRevoked()).isFalse();
        assertThat(again.token().revokedAt()).contains(first);
        assertThat(auditEvents).extracting(AuditEvent::action)
                .containsExactly(AuditEvent.Action.TOKEN_GENERATED, AuditEvent.Action.TOKEN_REVOKED);
    }

    @Test
    void anotherSellersTokenCannotBeRevokedOrRenewed() {
        GeneratedAccessToken generated = generateFor(SELLER, Duration.ofDays(30), null);
        AccessTokenId id = generated.token().id();

        assertThat(revoke.revoke(new RevokeAccessTokenCommand(OTHER_SELLER, id, ADMIN, ORIGIN))).isEmpty();
        assertThat(renew.renew(new RenewAccessTokenCommand(OTHER_SELLER, id, ADMIN, Optional.empty(), ORIGIN)))
                .isInstanceOf(RenewalResult.NotFound.class);
        assertThat(check(generated.secret().reveal())).isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void renewalReplacesTheTokenAndRevokesTheOldOneInOneTransaction() {
        GeneratedAccessToken old = generateFor(SELLER, Duration.ofDays(30), "nightly export");
        clock.advance(Duration.ofDays(10));
        int before = transactions.count;

        RenewalResult result = renew.renew(new RenewAccessTokenCommand(SELLER, old.token().id(), ADMIN,
                Optional.empty(), ORIGIN));

        assertThat(transactions.count - before).isEqualTo(1);
        RenewalResult.Renewed renewed = (RenewalResult.Renewed) result;
        AccessToken replacement = renewed.replacement().token();
        assertThat(replacement.note()).isEqualTo(new Note("nightly export"));
        assertThat(replacement.sellerId()).isEqualTo(SELLER);
        assertThat(replacement.validUntil()).isEqualTo(clock.now().plus(Duration.ofDays(30)));
        assertThat(renewed.revoked().statusAt(clock.now())).isEqualTo(TokenStatus.REVOKED);
        assertThat(check(old.secret().reveal())).isInstanceOf(TokenCheck.Revoked.class);
        assertThat(check(renewed.replacement().secret().reveal())).isInstanceOf(TokenCheck.Valid.class);
        assertThat(auditEvents).containsSubsequence(
                AuditEvent.change(clock.now(), AuditEvent.Action.TOKEN_RENEWED, ADMIN, SELLER, old.token().id(), ORIGIN),
                AuditEvent.change(clock.now(), AuditEvent.Action.TOKEN_GENERATED, ADMIN, SELLER, replacement.id(),
                        ORIGIN));
    }

    @Test
    void renewalWithABadValidUntilChangesNothing() {
        GeneratedAccessToken old = generateFor(SELLER, Duration.ofDays(30), null);

        assertThatThrownBy(() -> renew.renew(new RenewAccessTokenCommand(SELLER, old.token().id(), ADMIN,
                Optional.of(clock.now().minusSeconds(1)), ORIGIN))).isInstanceOf(InvalidInput.class);

        assertThat(store.tokens).hasSize(1);
        assertThat(check(old.secret().reveal())).isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void revokedTokenCannotBeRenewed() {
        GeneratedAccessToken old = generateFor(SELLER, Duration.ofDays(30), null);
        revoke.revoke(new RevokeAccessTokenCommand(SELLER, old.token().id(), ADMIN, ORIGIN));

        assertThat(renew.renew(new RenewAccessTokenCommand(SELLER, old.token().id(), ADMIN, Optional.empty(), ORIGIN)))
                .isInstanceOf(RenewalResult.AlreadyRevoked.class);
        assertThat(store.tokens).hasSize(1);
    }

    @Test
    void listingIsScopedToTheSellerAndFilteredByStatusNow() {
        GeneratedAccessToken shortLived = generateFor(SELLER, Duration.ofMinutes(1), null);
        clock.advance(Duration.ofSeconds(1));
        GeneratedAccessToken longLived = generateFor(SELLER, Duration.ofDays(1), null);
        generateFor(OTHER_SELLER, Duration.ofDays(1), null);
        clock.advance(Duration.ofMinutes(2));

        AccessTokenPage all = list.list(new ListAccessTokensQuery(SELLER, Optional.empty(), 0, 20));
        AccessTokenPage expired = list.list(new ListAccessTokensQuery(SELLER, Optional.of(TokenStatus.EXPIRED), 0, 20));

        assertThat(all.items()).extracting(AccessToken::id)
                .containsExactly(longLived.token().id(), shortLived.token().id());
        assertThat(expired.items()).extracting(AccessToken::id).containsExactly(shortLived.token().id());
    }

    @Test
    void pageSizeIsCappedAt100() {
        assertThatThrownBy(() -> new ListAccessTokensQuery(SELLER, Optional.empty(), 0, 101))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ListAccessTokensQuery(SELLER, Optional.empty(), -1, 10))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void cachedTokenStopsWorkingExactlyAtValidUntil() {
        GeneratedAccessToken generated = generateFor(SELLER, Duration.ofMinutes(5), null);
        TokenPresentation call = TokenPresentation.call(generated.secret().reveal(),
                new RequestOrigin("192.0.2.1", null));
        assertThat(authenticate.checkWithoutIo(call)).as("not cached yet").isEmpty();
        assertThat(authenticate.check(call)).isInstanceOf(TokenCheck.Valid.class);
        int lookups = store.hashLookups;

        clock.advance(Duration.ofMinutes(5).minusNanos(1000));
        assertThat(authenticate.checkWithoutIo(call)).containsInstanceOf(TokenCheck.Valid.class);
        clock.advance(Duration.ofNanos(1000));
        assertThat(authenticate.checkWithoutIo(call)).containsInstanceOf(TokenCheck.Expired.class);
        assertThat(store.hashLookups).as("answered from the cache").isEqualTo(lookups);
    }

    @Test
    void malformedSecretIsJudgedWithoutIo() {
        assertThat(authenticate.checkWithoutIo(TokenPresentation.call("sct_nope", ORIGIN)))
                .containsInstanceOf(TokenCheck.Malformed.class);
        assertThat(store.hashLookups).isZero();
    }

    @Test
    void revocationIsAnnouncedInItsTransactionAndLeavesThisNodesCacheBeforeReturning() {
        GeneratedAccessToken generated = generateFor(SELLER, Duration.ofDays(30), null);
        check(generated.secret().reveal());
        assertThat(cache.entries).containsKey(generated.token().hash());
        journal.clear();

        revoke.revoke(new RevokeAccessTokenCommand(SELLER, generated.token().id(), ADMIN, ORIGIN));

        assertThat(journal).containsExactly("begin", "announce " + generated.token().hash().hex(), "commit", "evict");
        assertThat(cache.entries).isEmpty();
        assertThat(check(generated.secret().reveal())).isInstanceOf(TokenCheck.Revoked.class);
        assertThat(cache.entries).as("a revoked token is not cached").isEmpty();
    }

    @Test
    void renewalAnnouncesTheOldTokensEnd() {
        GeneratedAccessToken old = generateFor(SELLER, Duration.ofDays(30), null);
        check(old.secret().reveal());
        journal.clear();

        renew.renew(new RenewAccessTokenCommand(SELLER, old.token().id(), ADMIN, Optional.empty(), ORIGIN));

        assertThat(journal).containsExactly("begin", "announce " + old.token().hash().hex(), "commit", "evict");
        assertThat(cache.entries).doesNotContainKey(old.token().hash());
    }

    @Test
    void aTokenRevokedWhileItWasBeingReadIsNotCached() {
        GeneratedAccessToken generated = generateFor(SELLER, Duration.ofDays(30), null);
        AccessTokenStore racing = new InMemoryAccessTokenStore() {
            @Override
            public Optional<AccessToken> findByHash(io.sellercenter.accesstokens.domain.token.TokenHash hash) {
                Optional<AccessToken> read = store.findByHash(hash);
                cache.evict(hash); // a revocation lands on this node between the read and the put
                return read;
            }
        };
        AuthenticateAccessTokenService racingCheck = new AuthenticateAccessTokenService(racing, cache, usage, audit,
                clock);

        racingCheck.check(TokenPresentation.call(generated.secret().reveal(), ORIGIN));

        assertThat(cache.entries).isEmpty();
    }

    @Test
    void callsAreRecordedAsUsesButInquiriesAndRefusalsAreNot() {
        GeneratedAccessToken generated = generateFor(SELLER, Duration.ofMinutes(1), null);
        String secret = generated.secret().reveal();

        authenticate.check(TokenPresentation.call(secret, new RequestOrigin("198.51.100.7", "curl")));
        authenticate.check(TokenPresentation.inquiry(secret));
        clock.advance(Duration.ofMinutes(2));
        authenticate.check(TokenPresentation.call(secret, new RequestOrigin("198.51.100.7", "curl")));

        assertThat(uses).containsExactly(generated.token().id() + " 2026-11-27T10:00:00Z 198.51.100.7");
    }

    @Test
    void refusedCallsAreAuditedOffTheRequestPathButInquiriesAreNot() {
        GeneratedAccessToken generated = generateFor(SELLER, Duration.ofMinutes(1), null);
        revoke.revoke(new RevokeAccessTokenCommand(SELLER, generated.token().id(), ADMIN, ORIGIN));

        check("sct_garbage");
        check(io.sellercenter.accesstokens.domain.token.TokenSecret.generate(bound -> 5).reveal());
        check(generated.secret().reveal());
        authenticate.check(TokenPresentation.inquiry(generated.secret().reveal()));

        assertThat(audit.recordedSoon).extracting(AuditEvent::outcome).containsExactly(
                AuditEvent.Outcome.MALFORMED, AuditEvent.Outcome.UNKNOWN, AuditEvent.Outcome.REVOKED);
        AuditEvent revoked = audit.recordedSoon.get(2);
        assertThat(revoked.action()).isEqualTo(AuditEvent.Action.TOKEN_AUTHENTICATION_FAILED);
        assertThat(revoked.actor()).isEqualTo("token:" + generated.token().id().value());
        assertThat(revoked.sellerId()).isEqualTo(SELLER);
        assertThat(revoked.origin()).isEqualTo(ORIGIN);
        assertThat(audit.recordedSoon.get(0).sellerId()).isNull();
    }

    private TokenCheck check(String secret) {
        return authenticate.check(TokenPresentation.call(secret, ORIGIN));
    }

    private GeneratedAccessToken generateFor(SellerId seller, Duration lifetime, String note) {
        return generate.generate(new GenerateAccessTokenCommand(seller, ADMIN, clock.now().plus(lifetime),
                new Note(note), ORIGIN));
    }
}
