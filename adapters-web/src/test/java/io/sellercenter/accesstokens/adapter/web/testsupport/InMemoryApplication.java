package io.sellercenter.accesstokens.adapter.web.testsupport;

import io.sellercenter.accesstokens.application.fake.FastPasswordHasher;
import io.sellercenter.accesstokens.application.fake.InMemoryAccessTokenStore;
import io.sellercenter.accesstokens.application.fake.InMemoryAuditTrail;
import io.sellercenter.accesstokens.application.fake.InMemoryEndedSessions;
import io.sellercenter.accesstokens.application.fake.InMemoryFailedSignIns;
import io.sellercenter.accesstokens.application.fake.InMemorySellerStore;
import io.sellercenter.accesstokens.application.fake.InMemoryTokenCache;
import io.sellercenter.accesstokens.application.fake.InMemoryUserStore;
import io.sellercenter.accesstokens.application.fake.JournalingTransactions;
import io.sellercenter.accesstokens.application.fake.ManualClock;
import io.sellercenter.accesstokens.application.fake.SeededRandom;
import io.sellercenter.accesstokens.application.port.TemporarilyUnavailable;
import io.sellercenter.accesstokens.application.port.in.audit.ListAuditEventsUseCase;
import io.sellercenter.accesstokens.application.port.in.authentication.AuthenticateAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.platform.AddSellerUserCommand;
import io.sellercenter.accesstokens.application.port.in.platform.AddSellerUserUseCase;
import io.sellercenter.accesstokens.application.port.in.platform.CreateSellerUseCase;
import io.sellercenter.accesstokens.application.port.in.platform.EnsurePlatformOperatorUseCase;
import io.sellercenter.accesstokens.application.port.in.platform.GetSellerUseCase;
import io.sellercenter.accesstokens.application.port.in.platform.ListSellersUseCase;
import io.sellercenter.accesstokens.application.port.in.signin.CheckSessionUseCase;
import io.sellercenter.accesstokens.application.port.in.signin.SignInCommand;
import io.sellercenter.accesstokens.application.port.in.signin.SignInResult;
import io.sellercenter.accesstokens.application.port.in.signin.SignInUseCase;
import io.sellercenter.accesstokens.application.port.in.signin.SignOutUseCase;
import io.sellercenter.accesstokens.application.port.in.token.GenerateAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.token.GetAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.token.GetTokenPolicyUseCase;
import io.sellercenter.accesstokens.application.port.in.token.ListAccessTokensUseCase;
import io.sellercenter.accesstokens.application.port.in.token.ListScopesUseCase;
import io.sellercenter.accesstokens.application.port.in.token.renew.RenewAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.token.revoke.RevokeAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.out.token.TokenEvents;
import io.sellercenter.accesstokens.application.service.audit.AuditEventQueryService;
import io.sellercenter.accesstokens.application.service.authentication.AuthenticateAccessTokenService;
import io.sellercenter.accesstokens.application.service.platform.AddSellerUserService;
import io.sellercenter.accesstokens.application.service.platform.CreateSellerService;
import io.sellercenter.accesstokens.application.service.platform.EnsurePlatformOperatorService;
import io.sellercenter.accesstokens.application.service.platform.SellerQueryService;
import io.sellercenter.accesstokens.application.service.signin.SessionQueryService;
import io.sellercenter.accesstokens.application.service.signin.SignInService;
import io.sellercenter.accesstokens.application.service.signin.SignOutService;
import io.sellercenter.accesstokens.application.service.token.AccessTokenQueryService;
import io.sellercenter.accesstokens.application.service.token.GenerateAccessTokenService;
import io.sellercenter.accesstokens.application.service.token.RenewAccessTokenService;
import io.sellercenter.accesstokens.application.service.token.RevokeAccessTokenService;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerName;
import io.sellercenter.accesstokens.domain.account.SignInLockout;
import io.sellercenter.accesstokens.domain.token.ScopeCatalog;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

/**
 * The application's real services on in-memory ports: what the web adapter drives in its own tests, without a
 * database. Starts with a platform operator, and a seller with an admin and a member.
 */
public final class InMemoryApplication {
    public static final String PASSWORD = "correct horse battery";
    public static final String OPERATOR_EMAIL = "operator@platform.example";
    public static final int MAX_FAILURES = 3;
    public static final Duration DATABASE_RETRY_AFTER = Duration.ofSeconds(5);
    /** The scopes tokens may have here: a seller API's resources, as a default installation has them. */
    public static final ScopeCatalog CATALOG = new ScopeCatalog(Map.of("orders", "Orders", "stock", "Stock levels",
            "products", "Product listings"));

    public final ManualClock clock = new ManualClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    public final InMemoryAccessTokenStore tokens = new InMemoryAccessTokenStore();
    public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final List<String> journal = Collections.synchronizedList(new ArrayList<>());
    private final InMemoryTokenCache cache = new InMemoryTokenCache(journal);
    private final InMemorySellerStore sellers = new InMemorySellerStore();
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final FastPasswordHasher hasher = new FastPasswordHasher();
    private final SeededRandom random = new SeededRandom();
    private final JournalingTransactions transactions = new JournalingTransactions(journal);
    private final TokenPolicy policy = new TokenPolicy(Duration.ofDays(365));
    private final TokenEvents events = event -> journal.add("publish " + event.action());

    private final GenerateAccessTokenService generate =
            new GenerateAccessTokenService(tokens, audit, events, clock, random, policy, CATALOG, transactions);
    private final RevokeAccessTokenService revoke =
            new RevokeAccessTokenService(tokens, audit, events, cache, hash -> { }, clock, transactions);
    private final RenewAccessTokenService renew =
            new RenewAccessTokenService(tokens, audit, events, cache, hash -> { }, clock, random, policy, CATALOG,
                    transactions);
    private final AccessTokenQueryService tokenQueries = new AccessTokenQueryService(tokens, clock, policy, CATALOG);
    private final AuthenticateAccessTokenService authenticate =
            new AuthenticateAccessTokenService(tokens, cache, (token, at, address) -> { }, audit, clock);
    private final SignInService signIn = new SignInService(users, hasher, new InMemoryFailedSignIns(),
            new SignInLockout(MAX_FAILURES, Duration.ofMinutes(15)), audit, clock, transactions, random);
    public final InMemoryEndedSessions endedSessions = new InMemoryEndedSessions();
    private final SignOutService signOut = new SignOutService(endedSessions, audit, clock, transactions);
    private final SessionQueryService sessionQueries = new SessionQueryService(endedSessions);
    private final CreateSellerService createSeller = new CreateSellerService(sellers, random, transactions);
    private final SellerQueryService sellerQueries = new SellerQueryService(sellers);
    private final AddSellerUserService addUser = new AddSellerUserService(users, sellers, hasher, random,
            transactions);
    private final EnsurePlatformOperatorService operators = new EnsurePlatformOperatorService(users, hasher, random,
            transactions);
    private final AuditEventQueryService auditQueries = new AuditEventQueryService(audit);

    public InMemoryApplication() {
        operators.ensure(new Email(OPERATOR_EMAIL), new NewPassword(PASSWORD));
    }

    private volatile boolean broken;
    private volatile boolean away;
    private volatile boolean awayBehindTheCache;
    private volatile boolean noRoomForSignIns;
    private volatile CountDownLatch slow;

    /**
     * From now on every use case fails unexpectedly, with a message that must never reach a client; {@link #repair()}
     * ends it.
     */
    public void breakDown() {
        broken = true;
    }

    /** From now on every use case finds its database away, as an adapter reports it; {@link #repair()} ends it. */
    public void takeAway() {
        away = true;
    }

    /**
     * From now on every use case that may do I/O finds its database away, as an adapter reports it, while the answers
     * from memory ({@code ...WithoutIo}) go on, as on a node whose cache still holds; {@link #repair()} ends it.
     */
    public void takeAwayBehindTheCache() {
        awayBehindTheCache = true;
    }

    /** From now on sign-in has no room, as when password hashing is at capacity; {@link #repair()} ends it. */
    public void fillSignIns() {
        noRoomForSignIns = true;
    }

    /**
     * From now on every use case that may do I/O waits, as for a database that has stopped answering, until
     * {@link #repair()}; the answers from memory ({@code ...WithoutIo}) go on at once.
     */
    public void slowDown() {
        slow = new CountDownLatch(1);
    }

    public void repair() {
        broken = false;
        away = false;
        awayBehindTheCache = false;
        noRoomForSignIns = false;
        CountDownLatch waiting = slow;
        slow = null;
        if (waiting != null) {
            waiting.countDown();
        }
    }

    /** Each in-port, with the service behind it, for the web adapter to be given; each fails while broken down. */
    public Map<Class<?>, Object> inPorts() {
        Map<Class<?>, Object> ports = new LinkedHashMap<>();
        services().forEach((port, service) -> ports.put(port, failingWhileBroken(port, service)));
        return ports;
    }

    private Object failingWhileBroken(Class<?> port, Object service) {
        return Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[]{port}, (proxy, method, arguments) -> {
            if (broken && method.getDeclaringClass() == port) {
                throw new IllegalStateException("SELECT * FROM access_token: connection to 10.0.0.5 refused");
            }
            boolean mayDoIo = method.getDeclaringClass() == port && !method.getName().endsWith("WithoutIo")
                    && !method.getName().equals("atCapacity");
            CountDownLatch waiting = slow;
            if (waiting != null && mayDoIo) {
                waiting.await();
            }
            if (awayBehindTheCache && mayDoIo) {
                throw new TemporarilyUnavailable("database", DATABASE_RETRY_AFTER);
            }
            if (away && method.getDeclaringClass() == port) {
                throw new TemporarilyUnavailable("database", DATABASE_RETRY_AFTER);
            }
            try {
                return method.invoke(service, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private Map<Class<?>, Object> services() {
        Map<Class<?>, Object> ports = new LinkedHashMap<>();
        ports.put(GenerateAccessTokenUseCase.class, generate);
        ports.put(ListAccessTokensUseCase.class, tokenQueries);
        ports.put(GetAccessTokenUseCase.class, tokenQueries);
        ports.put(GetTokenPolicyUseCase.class, tokenQueries);
        ports.put(ListScopesUseCase.class, tokenQueries);
        ports.put(RevokeAccessTokenUseCase.class, revoke);
        ports.put(RenewAccessTokenUseCase.class, renew);
        ports.put(AuthenticateAccessTokenUseCase.class, authenticate);
        ports.put(SignInUseCase.class, new SignInUseCase() {
            @Override
            public SignInResult signIn(SignInCommand command) {
                return signIn.signIn(command);
            }

            @Override
            public Optional<TemporarilyUnavailable> atCapacity() {
                return noRoomForSignIns ? Optional.of(TemporarilyUnavailable.atCapacity("password-hashing",
                        Duration.ofSeconds(1))) : Optional.empty();
            }
        });
        ports.put(SignOutUseCase.class, signOut);
        ports.put(CheckSessionUseCase.class, sessionQueries);
        ports.put(ListAuditEventsUseCase.class, auditQueries);
        ports.put(CreateSellerUseCase.class, createSeller);
        ports.put(ListSellersUseCase.class, sellerQueries);
        ports.put(GetSellerUseCase.class, sellerQueries);
        ports.put(AddSellerUserUseCase.class, addUser);
        ports.put(EnsurePlatformOperatorUseCase.class, operators);
        return ports;
    }

    /** A new seller with an admin and a member, whose e-mails are returned. */
    public SellerUsers newSeller(String name) {
        Seller seller = createSeller.create(new SellerName(name));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String admin = "admin-" + suffix + "@seller.example";
        String member = "member-" + suffix + "@seller.example";
        addUser.add(new AddSellerUserCommand(seller.id(), new Email(admin), new NewPassword(PASSWORD),
                Role.SELLER_ADMIN));
        addUser.add(new AddSellerUserCommand(seller.id(), new Email(member), new NewPassword(PASSWORD),
                Role.SELLER_MEMBER));
        return new SellerUsers(seller, admin, member);
    }

    /** A seller and the e-mails of its admin and member, who sign in with {@link #PASSWORD}. */
    public record SellerUsers(Seller seller, String adminEmail, String memberEmail) {
    }
}
