package io.sellercenter.accesstokens.adapter.persistence.audit;

import io.sellercenter.accesstokens.adapter.persistence.PersistenceContext;
import io.micronaut.context.ApplicationContext;
import io.sellercenter.accesstokens.application.port.in.token.AccessTokenPage;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.application.port.in.audit.ListAuditEventsQuery;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.application.port.out.account.SellerStore;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.account.UserStore;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.SellerName;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;
import io.sellercenter.accesstokens.domain.token.TokenSecret;
import io.sellercenter.accesstokens.domain.token.TokenStatus;
import io.sellercenter.accesstokens.domain.account.UserAccount;
import io.sellercenter.accesstokens.domain.account.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersistenceAdaptersTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TokenPolicy POLICY = new TokenPolicy(Duration.ofDays(365));
    private static ApplicationContext context;

    private AccessTokenStore tokens;
    private SellerStore sellers;
    private UserStore users;
    private Transactions transactions;
    private Instant now;
    private Seller seller;
    private UserAccount admin;

    @BeforeAll
    static void startDatabase() {
        context = PersistenceContext.start();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @BeforeEach
    void seedSellerWithAdmin() {
        tokens = context.getBean(AccessTokenStore.class);
        sellers = context.getBean(SellerStore.class);
        users = context.getBean(UserStore.class);
        transactions = context.getBean(Transactions.class);
        now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        seller = newSeller("Seller " + UUID.randomUUID());
        admin = newAdmin(seller);
    }

    @Test
    void tokenIsFoundByItsHashExactlyAsItWasStored() {
        TokenSecret secret = TokenSecret.generate(RANDOM::nextInt);
        AccessToken token = AccessToken.generate(new AccessTokenId(UUID.randomUUID()), seller.id(), admin.id(), secret,
                new Note("ERP sync"), now.plus(Duration.ofDays(30)), now, POLICY);
        tokens.add(token);

        AccessToken found = tokens.findByHash(secret.hash()).orElseThrow();

        assertThat(found.id()).isEqualTo(token.id());
        assertThat(found.sellerId()).isEqualTo(seller.id());
        assertThat(found.createdBy()).isEqualTo(admin.id());
        assertThat(found.hash()).isEqualTo(secret.hash());
        assertThat(found.hint()).isEqualTo(secret.hint());
        assertThat(found.note()).isEqualTo(new Note("ERP sync"));
        assertThat(found.validUntil()).isEqualTo(token.validUntil());
        assertThat(found.createdAt()).isEqualTo(now);
        assertThat(found.revokedAt()).isEmpty();
        assertThat(found.lastUsedAt()).isEmpty();
    }

    @Test
    void anotherSellersTokenIsNotFound() {
        AccessToken token = newToken(seller, admin, now.plus(Duration.ofDays(1)), now);
        Seller other = newSeller("Other");

        assertThat(tokens.find(seller.id(), token.id())).isPresent();
        assertThat(tokens.find(other.id(), token.id())).isEmpty();
        assertThat(transactions.inTransaction(() -> tokens.findForUpdate(other.id(), token.id()))).isEmpty();
    }

    @Test
    void revocationIsStored() {
        AccessToken token = newToken(seller, admin, now.plus(Duration.ofDays(1)), now);
        Instant later = now.plusSeconds(5);

        transactions.inTransaction(() -> {
            AccessToken locked = tokens.findForUpdate(seller.id(), token.id()).orElseThrow();
            tokens.saveRevocation(locked.revoke(later));
            return null;
        });

        AccessToken found = tokens.find(seller.id(), token.id()).orElseThrow();
        assertThat(found.revokedAt()).contains(later);
        assertThat(found.validUntil()).isEqualTo(later);
        assertThat(found.statusAt(later)).isEqualTo(TokenStatus.REVOKED);
    }

    @Test
    void pagesListNewestFirstAndFilterByStatusAtTheGivenInstant() {
        AccessToken expired = newToken(seller, admin, now.plusSeconds(10), now.minusSeconds(30));
        AccessToken active = newToken(seller, admin, now.plus(Duration.ofDays(1)), now.minusSeconds(20));
        AccessToken revoked = newToken(seller, admin, now.plus(Duration.ofDays(1)), now.minusSeconds(10));
        transactions.inTransaction(() -> {
            tokens.saveRevocation(revoked.revoke(now.minusSeconds(5)));
            return null;
        });
        newToken(newSeller("Someone else"), null, now.plus(Duration.ofDays(1)), now);
        Instant listedAt = now.plusSeconds(60);

        AccessTokenPage all = tokens.page(seller.id(), Optional.empty(), listedAt, 0, 2);
        assertThat(all.items()).extracting(AccessToken::id).containsExactly(revoked.id(), active.id());
        assertThat(all.totalItems()).isEqualTo(3);
        assertThat(tokens.page(seller.id(), Optional.empty(), listedAt, 1, 2).items())
                .extracting(AccessToken::id).containsExactly(expired.id());

        assertThat(ids(TokenStatus.ACTIVE, listedAt)).containsExactly(active.id());
        assertThat(ids(TokenStatus.EXPIRED, listedAt)).containsExactly(expired.id());
        assertThat(ids(TokenStatus.REVOKED, listedAt)).containsExactly(revoked.id());
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        AccessToken token = AccessToken.generate(new AccessTokenId(UUID.randomUUID()), seller.id(), admin.id(),
                TokenSecret.generate(RANDOM::nextInt), Note.empty(), now.plusSeconds(60), now, POLICY);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            tokens.add(token);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(tokens.find(seller.id(), token.id())).isEmpty();
    }

    @Test
    void auditEventsLandOrVanishWithTheirTransaction() {
        AuditTrail audit = context.getBean(AuditTrail.class);
        AuditEventRepository events = context.getBean(AuditEventRepository.class);
        AccessToken token = newToken(seller, admin, now.plusSeconds(60), now);

        transactions.inTransaction(() -> {
            audit.record(AuditEvent.change(now, AuditEvent.Action.TOKEN_REVOKED, admin.id(), seller.id(), token.id(),
                    new RequestOrigin("192.0.2.4", "ua")));
            return null;
        });
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            audit.record(AuditEvent.change(now, AuditEvent.Action.TOKEN_RENEWED, admin.id(), seller.id(), token.id(),
                    RequestOrigin.unknown()));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(events.findByTokenIdOrderById(token.id().value()))
                .extracting(AuditEventEntity::action, AuditEventEntity::actor, AuditEventEntity::occurredAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TOKEN_REVOKED", "user:" + admin.id().value(),
                        now));
    }

    @Test
    void auditEventsArePagedNewestFirstAndFilteredWithinOneSeller() {
        AuditTrail audit = context.getBean(AuditTrail.class);
        AccessToken token = newToken(seller, admin, now.plusSeconds(60), now);
        AccessToken other = newToken(seller, admin, now.plusSeconds(60), now);
        RequestOrigin origin = new RequestOrigin("192.0.2.7", "agent");
        transactions.inTransaction(() -> {
            audit.record(AuditEvent.change(now, AuditEvent.Action.TOKEN_GENERATED, admin.id(), seller.id(), token.id(),
                    origin));
            audit.record(AuditEvent.change(now.plusSeconds(1), AuditEvent.Action.TOKEN_REVOKED, admin.id(),
                    seller.id(), token.id(), origin));
            audit.record(AuditEvent.change(now.plusSeconds(2), AuditEvent.Action.TOKEN_GENERATED, admin.id(),
                    seller.id(), other.id(), origin));
            return null;
        });
        audit.recordSoon(new AuditEvent(now.plusSeconds(3), AuditEvent.Action.TOKEN_AUTHENTICATION_FAILED,
                AuditEvent.token(token.id()), seller.id(), token.id(), origin, AuditEvent.Outcome.REVOKED));
        context.getBean(AuditTrailPersistenceAdapter.class).flush();
        Seller stranger = newSeller("Stranger");

        assertThat(events(seller, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .extracting(AuditEvent::action).containsExactly(AuditEvent.Action.TOKEN_AUTHENTICATION_FAILED,
                        AuditEvent.Action.TOKEN_GENERATED, AuditEvent.Action.TOKEN_REVOKED,
                        AuditEvent.Action.TOKEN_GENERATED);
        assertThat(events(seller, Optional.of(token.id()), Optional.empty(), Optional.empty(), Optional.empty()))
                .hasSize(3).allSatisfy(event -> assertThat(event.tokenId()).isEqualTo(token.id()));
        assertThat(events(seller, Optional.empty(), Optional.of(AuditEvent.Action.TOKEN_GENERATED), Optional.empty(),
                Optional.empty())).hasSize(2);
        assertThat(events(seller, Optional.empty(), Optional.empty(), Optional.of(now.plusSeconds(1)),
                Optional.of(now.plusSeconds(2)))).extracting(AuditEvent::occurredAt)
                .containsExactly(now.plusSeconds(2), now.plusSeconds(1));
        assertThat(events(stranger, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())).isEmpty();
        AuditEvent refused = events(seller, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())
                .get(0);
        assertThat(refused.outcome()).isEqualTo(AuditEvent.Outcome.REVOKED);
        assertThat(refused.origin()).isEqualTo(origin);
        var page = context.getBean(AuditTrail.class).page(new ListAuditEventsQuery(seller.id(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 1, 3));
        assertThat(page.totalItems()).isEqualTo(4);
        assertThat(page.items()).hasSize(1);
    }

    private List<AuditEvent> events(Seller of, Optional<AccessTokenId> tokenId, Optional<AuditEvent.Action> action,
                                    Optional<Instant> from, Optional<Instant> to) {
        return context.getBean(AuditTrail.class).page(new ListAuditEventsQuery(of.id(), tokenId, action, from, to, 0,
                10)).items();
    }

    private java.util.List<AccessTokenId> ids(TokenStatus status, Instant at) {
        return tokens.page(seller.id(), Optional.of(status), at, 0, 10).items().stream().map(AccessToken::id).toList();
    }

    private Seller newSeller(String name) {
        Seller created = new Seller(new SellerId(UUID.randomUUID()), new SellerName(name));
        sellers.add(created);
        return created;
    }

    private UserAccount newAdmin(Seller of) {
        UserAccount user = new UserAccount(new UserId(UUID.randomUUID()),
                new Email("admin-" + UUID.randomUUID() + "@example.com"), Role.SELLER_ADMIN, of.id(), "hash");
        assertThat(users.addIfEmailFree(user)).isTrue();
        return user;
    }

    private AccessToken newToken(Seller of, UserAccount by, Instant validUntil, Instant createdAt) {
        UserAccount creator = by != null ? by : newAdmin(of);
        AccessToken token = AccessToken.generate(new AccessTokenId(UUID.randomUUID()), of.id(), creator.id(),
                TokenSecret.generate(RANDOM::nextInt), Note.empty(), validUntil, createdAt, POLICY);
        tokens.add(token);
        return token;
    }
}
