package io.sellercenter.accesstokens.application.service.authentication;

import io.sellercenter.accesstokens.application.fake.InMemoryAccessTokenStore;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenCheck;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenPresentation;
import io.sellercenter.accesstokens.application.port.in.token.GenerateAccessTokenCommand;
import io.sellercenter.accesstokens.application.port.out.token.TokenUsageRecorder;
import io.sellercenter.accesstokens.application.service.token.TokenServicesFixture;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AddressAllowlist;
import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.token.TokenHash;
import io.sellercenter.accesstokens.domain.token.TokenSecret;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.ORIGIN;
import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

class AuthenticateAccessTokenServiceTest {
    private final TokenServicesFixture tokens = new TokenServicesFixture();
    private final List<String> uses = new ArrayList<>();
    private final TokenUsageRecorder usage = (token, at, address) -> uses.add(token + " " + at + " " + address);
    private final AuthenticateAccessTokenService authenticate = new AuthenticateAccessTokenService(tokens.store,
            tokens.cache, usage, tokens.audit, tokens.clock);

    @Test
    void aTokenWithAnAllowlistIsRefusedFromAnywhereElseAndTheRefusalAudited() {
        GeneratedAccessToken fenced = tokens.generate.generate(new GenerateAccessTokenCommand(SELLER,
                TokenServicesFixture.ADMIN, tokens.clock.now().plus(Duration.ofDays(1)), Note.empty(), Optional.empty(),
                AddressAllowlist.of(List.of("203.0.113.0/24"), "allowedIps"), null));
        String secret = fenced.secret().reveal();

        assertThat(authenticate.check(TokenPresentation.call(secret, new RequestOrigin("127.0.0.1", "curl"))))
                .isEqualTo(new TokenCheck.NotAllowedFrom(fenced.token()));
        assertThat(authenticate.check(TokenPresentation.call(secret, new RequestOrigin("203.0.113.7", "curl"))))
                .isEqualTo(new TokenCheck.Valid(fenced.token()));
        assertThat(authenticate.check(TokenPresentation.inquiryFor(secret, "198.51.100.1")))
                .isInstanceOf(TokenCheck.NotAllowedFrom.class);
        assertThat(authenticate.check(TokenPresentation.inquiry(secret))).as("where from is not known")
                .isInstanceOf(TokenCheck.Valid.class);
        assertThat(tokens.audit.recordedSoon()).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.ADDRESS_NOT_ALLOWED);
            assertThat(event.origin().clientIp()).isEqualTo("127.0.0.1");
            assertThat(event.tokenId()).isEqualTo(fenced.token().id());
        });
        assertThat(uses).as("only the allowed call is a use").hasSize(1);
    }

    @Test
    void aGeneratedTokenAuthenticatesAtOnce() {
        GeneratedAccessToken generated = tokens.generateFor(SELLER, Duration.ofDays(30), "ERP sync");

        assertThat(check(generated.secret().reveal())).isEqualTo(new TokenCheck.Valid(generated.token()));
    }

    @Test
    void aMalformedSecretIsRefusedWithoutAskingTheStore() {
        String secret = tokens.generateFor(SELLER, Duration.ofDays(1), null).secret().reveal();
        String mistyped = secret.substring(0, 39) + (secret.charAt(39) == 'x' ? 'y' : 'x');

        assertThat(check(mistyped)).isInstanceOf(TokenCheck.Malformed.class);
        assertThat(check("Bearer " + secret)).isInstanceOf(TokenCheck.Malformed.class);
        assertThat(check(null)).isInstanceOf(TokenCheck.Malformed.class);
        assertThat(authenticate.checkWithoutIo(TokenPresentation.call("sct_nope", ORIGIN)))
                .containsInstanceOf(TokenCheck.Malformed.class);
        assertThat(tokens.store.hashLookups()).isZero();
    }

    @Test
    void aWellFormedButUnknownSecretIsUnknownAndLookedUpOnceOnly() {
        String stranger = TokenSecret.generate(bound -> 1).reveal();

        assertThat(check(stranger)).isInstanceOf(TokenCheck.Unknown.class);
        assertThat(authenticate.checkWithoutIo(TokenPresentation.call(stranger, ORIGIN)))
                .containsInstanceOf(TokenCheck.Unknown.class);
        assertThat(check(stranger)).isInstanceOf(TokenCheck.Unknown.class);
        assertThat(tokens.store.hashLookups()).isEqualTo(1);
        assertThat(tokens.audit.recordedSoon()).as("every refusal is still audited").hasSize(3);
    }

    @Test
    void aTokenStopsAuthenticatingExactlyAtValidUntil() {
        String secret = tokens.generateFor(SELLER, Duration.ofMinutes(5), null).secret().reveal();

        tokens.clock.advance(Duration.ofMinutes(5).minusNanos(1000));
        assertThat(check(secret)).isInstanceOf(TokenCheck.Valid.class);
        tokens.clock.advance(Duration.ofNanos(1000));
        assertThat(check(secret)).isInstanceOf(TokenCheck.Expired.class);
    }

    @Test
    void aCachedTokenStopsWorkingExactlyAtValidUntilWithoutAskingTheStore() {
        GeneratedAccessToken generated = tokens.generateFor(SELLER, Duration.ofMinutes(5), null);
        TokenPresentation call = TokenPresentation.call(generated.secret().reveal(),
                new RequestOrigin("192.0.2.1", null));
        assertThat(authenticate.checkWithoutIo(call)).as("not cached yet").isEmpty();
        assertThat(authenticate.check(call)).isInstanceOf(TokenCheck.Valid.class);
        int lookups = tokens.store.hashLookups();

        tokens.clock.advance(Duration.ofMinutes(5).minusNanos(1000));
        assertThat(authenticate.checkWithoutIo(call)).containsInstanceOf(TokenCheck.Valid.class);
        tokens.clock.advance(Duration.ofNanos(1000));
        assertThat(authenticate.checkWithoutIo(call)).containsInstanceOf(TokenCheck.Expired.class);
        assertThat(tokens.store.hashLookups()).as("answered from the cache").isEqualTo(lookups);
    }

    @Test
    void aRevokedTokenIsRefusedOnTheNextCheckAndItsVerdictIsCached() {
        GeneratedAccessToken generated = tokens.generateFor(SELLER, Duration.ofDays(30), null);
        check(generated.secret().reveal());
        assertThat(tokens.cache.holds(generated.token().hash())).isTrue();

        tokens.revoke(SELLER, generated);

        assertThat(tokens.cache.holds(generated.token().hash())).as("evicted by the revocation").isFalse();
        assertThat(check(generated.secret().reveal())).isInstanceOf(TokenCheck.Revoked.class);
        int lookups = tokens.store.hashLookups();
        assertThat(authenticate.checkWithoutIo(TokenPresentation.call(generated.secret().reveal(), ORIGIN)))
                .as("a revocation is final: its verdict is cached").containsInstanceOf(TokenCheck.Revoked.class);
        assertThat(tokens.store.hashLookups()).isEqualTo(lookups);
    }

    @Test
    void aTokenRevokedWhileItWasBeingReadIsNotCached() {
        GeneratedAccessToken generated = tokens.generateFor(SELLER, Duration.ofDays(30), null);
        InMemoryAccessTokenStore racing = new InMemoryAccessTokenStore() {
            @Override
            public Optional<AccessToken> findByHash(TokenHash hash) {
                Optional<AccessToken> read = tokens.store.findByHash(hash);
                tokens.cache.evict(hash); // a revocation lands on this node between the read and the put
                return read;
            }
        };
        AuthenticateAccessTokenService racingCheck = new AuthenticateAccessTokenService(racing, tokens.cache, usage,
                tokens.audit, tokens.clock);

        racingCheck.check(TokenPresentation.call(generated.secret().reveal(), ORIGIN));

        assertThat(tokens.cache.isEmpty()).isTrue();
    }

    @Test
    void callsAreRecordedAsUsesButInquiriesAndRefusalsAreNot() {
        GeneratedAccessToken generated = tokens.generateFor(SELLER, Duration.ofMinutes(1), null);
        String secret = generated.secret().reveal();

        authenticate.check(TokenPresentation.call(secret, new RequestOrigin("198.51.100.7", "curl")));
        authenticate.check(TokenPresentation.inquiry(secret));
        tokens.clock.advance(Duration.ofMinutes(2));
        authenticate.check(TokenPresentation.call(secret, new RequestOrigin("198.51.100.7", "curl")));

        assertThat(uses).containsExactly(generated.token().id() + " 2026-11-27T10:00:00Z 198.51.100.7");
    }

    @Test
    void refusedCallsAreAuditedOffTheRequestPathButInquiriesAreNot() {
        GeneratedAccessToken generated = tokens.generateFor(SELLER, Duration.ofMinutes(1), null);
        tokens.revoke(SELLER, generated);

        check("sct_garbage");
        check(TokenSecret.generate(bound -> 5).reveal());
        check(generated.secret().reveal());
        authenticate.check(TokenPresentation.inquiry(generated.secret().reveal()));

        List<AuditEvent> refused = tokens.audit.recordedSoon();
        assertThat(refused).extracting(AuditEvent::outcome).containsExactly(
                AuditEvent.Outcome.MALFORMED, AuditEvent.Outcome.UNKNOWN, AuditEvent.Outcome.REVOKED);
        AuditEvent revoked = refused.get(2);
        assertThat(revoked.action()).isEqualTo(AuditEvent.Action.TOKEN_AUTHENTICATION_FAILED);
        assertThat(revoked.actor()).isEqualTo("token:" + generated.token().id().value());
        assertThat(revoked.sellerId()).isEqualTo(SELLER);
        assertThat(revoked.origin()).isEqualTo(ORIGIN);
        assertThat(refused.get(0).sellerId()).isNull();
    }

    @Test
    void aCallIsAcceptedWithoutIoOnlyWhereTheCheckWouldAcceptItAndAnythingElseLeavesNoTrace() {
        GeneratedAccessToken fenced = tokens.generate.generate(new GenerateAccessTokenCommand(SELLER,
                TokenServicesFixture.ADMIN, tokens.clock.now().plus(Duration.ofMinutes(5)), Note.empty(),
                Optional.empty(), AddressAllowlist.of(List.of("203.0.113.0/24"), "allowedIps"), null));
        GeneratedAccessToken revoked = tokens.generateFor(SELLER, Duration.ofDays(1), null);
        String secret = fenced.secret().reveal();
        TokenPresentation fromInside = TokenPresentation.call(secret, new RequestOrigin("203.0.113.7", "curl"));
        TokenPresentation fromOutside = TokenPresentation.call(secret, new RequestOrigin("198.51.100.1", "curl"));
        TokenPresentation stranger = TokenPresentation.call(TokenSecret.generate(bound -> 1).reveal(), ORIGIN);
        assertThat(authenticate.acceptWithoutIo(fromInside)).as("not cached yet").isEmpty();
        authenticate.check(TokenPresentation.inquiry(secret));
        check(revoked.secret().reveal());
        tokens.revoke(SELLER, revoked);
        check(stranger.secret());
        int audited = tokens.audit.recordedSoon().size();
        int lookups = tokens.store.hashLookups();
        uses.clear();

        assertThat(authenticate.acceptWithoutIo(fromInside)).contains(new TokenCheck.Valid(fenced.token()));
        assertThat(authenticate.acceptWithoutIo(fromOutside)).isEmpty();
        assertThat(authenticate.acceptWithoutIo(TokenPresentation.call("sct_garbage", ORIGIN))).isEmpty();
        assertThat(authenticate.acceptWithoutIo(stranger)).isEmpty();
        assertThat(authenticate.acceptWithoutIo(TokenPresentation.call(revoked.secret().reveal(), ORIGIN))).isEmpty();
        tokens.clock.advance(Duration.ofMinutes(5));
        assertThat(authenticate.acceptWithoutIo(fromInside)).as("expired").isEmpty();

        assertThat(uses).as("the accepted call is a use").containsExactly(fenced.token().id() + " "
                + tokens.clock.now().minus(Duration.ofMinutes(5)) + " 203.0.113.7");
        assertThat(tokens.audit.recordedSoon()).as("nothing refused is audited twice").hasSize(audited);
        assertThat(tokens.store.hashLookups()).isEqualTo(lookups);
    }

    private TokenCheck check(String secret) {
        return authenticate.check(TokenPresentation.call(secret, ORIGIN));
    }
}
