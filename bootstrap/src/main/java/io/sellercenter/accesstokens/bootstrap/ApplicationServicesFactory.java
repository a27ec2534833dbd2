package io.sellercenter.accesstokens.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.sellercenter.accesstokens.application.port.in.signin.SignInUseCase;
import io.sellercenter.accesstokens.application.port.out.RandomSource;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.account.EndedSessions;
import io.sellercenter.accesstokens.application.port.out.account.FailedSignIns;
import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.application.port.out.account.SellerStore;
import io.sellercenter.accesstokens.application.port.out.account.UserStore;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.application.port.out.token.KnownTokenCache;
import io.sellercenter.accesstokens.application.port.out.token.RevocationBroadcast;
import io.sellercenter.accesstokens.application.port.out.token.TokenEvents;
import io.sellercenter.accesstokens.application.port.out.token.TokenUsageRecorder;
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
import io.sellercenter.accesstokens.domain.account.SignInLockout;
import io.sellercenter.accesstokens.domain.token.ScopeCatalog;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the application services from their ports. The core carries no framework annotation, so it is wired here:
 * each service is a bean under every in-port it implements. Every {@link TokenEvents} bean hears every change.
 */
@Factory
class ApplicationServicesFactory {
    private static final String ARGON2_MEMORY_KIB = "${access-tokens.passwords.argon2-memory-kib:19456}";

    /** The system clock; {@code @Secondary} so that a test can put a clock of its own in its place. */
    @Singleton
    @Secondary
    TimeSource timeSource() {
        return new SystemTimeSource(Clock.systemUTC());
    }

    @Singleton
    RandomSource randomSource() {
        return new SecureRandomSource();
    }

    @Context
    PasswordHasher passwordHasher(@Value(ARGON2_MEMORY_KIB) int memoryKib,
                                  @Value("${access-tokens.passwords.argon2-iterations:2}") int iterations) {
        return new Argon2PasswordHasher(memoryKib, iterations);
    }

    /** The pool every password hash runs in, whichever {@link PasswordHasher} computes it. */
    @Context
    @Bean(preDestroy = "close")
    PasswordWork passwordWork(@Value("${access-tokens.passwords.workers:0}") int workers,
                              @Value("${access-tokens.passwords.queue:8}") int queue,
                              @Value("${access-tokens.passwords.cpu-share:0.5}") double cpuShare,
                              @Value(ARGON2_MEMORY_KIB) int memoryKib) {
        setting("access-tokens.passwords.queue must not be negative", queue >= 0, queue);
        return new PasswordWork(PasswordWork.workers(workers, memoryKib * 1024L), Math.max(1, queue), cpuShare);
    }

    @Context
    TokenPolicy tokenPolicy(@Value("${access-tokens.policy.max-lifetime:365d}") Duration maxLifetime) {
        setting("access-tokens.policy.max-lifetime must be above zero", positive(maxLifetime), maxLifetime);
        return new TokenPolicy(maxLifetime);
    }

    /**
     * The resources tokens may be scoped to: {@code access-tokens.scopes.<resource>.description}, in application.yml
     * or the environment ({@code ACCESS_TOKENS_SCOPES_LOYALTY_DESCRIPTION} adds {@code loyalty}). Read with the
     * default key convention: the raw one leaves out what comes from environment variables. An environment variable
     * also shows up under other spellings ({@code loyalty-description}); only {@code <resource>.description} counts.
     */
    @Context
    ScopeCatalog scopeCatalog(Environment environment) {
        Map<String, String> descriptions = new TreeMap<>();
        environment.getProperties("access-tokens.scopes").forEach((key, value) -> {
            int dot = key.indexOf('.');
            if (dot > 0 && key.substring(dot + 1).equals("description")) {
                descriptions.put(key.substring(0, dot), String.valueOf(value));
            }
        });
        return new ScopeCatalog(descriptions);
    }

    @Context
    SignInLockout signInLockout(@Value("${access-tokens.sign-in.max-failures:10}") int maxFailures,
                                @Value("${access-tokens.sign-in.lockout:15m}") Duration duration) {
        setting("access-tokens.sign-in.max-failures must be at least 1", maxFailures >= 1, maxFailures);
        setting("access-tokens.sign-in.lockout must be above zero", positive(duration), duration);
        return new SignInLockout(maxFailures, duration);
    }

    @Singleton
    GenerateAccessTokenService generateAccessToken(AccessTokenStore tokens, AuditTrail audit, List<TokenEvents> events,
                                                   TimeSource time, RandomSource random, TokenPolicy policy,
                                                   ScopeCatalog catalog, Transactions transactions) {
        return new GenerateAccessTokenService(tokens, audit, TokenEvents.toAll(events), time, random, policy, catalog,
                transactions);
    }

    @Singleton
    RevokeAccessTokenService revokeAccessToken(AccessTokenStore tokens, AuditTrail audit, List<TokenEvents> events,
                                               KnownTokenCache cache, RevocationBroadcast broadcast, TimeSource time,
                                               Transactions transactions) {
        return new RevokeAccessTokenService(tokens, audit, TokenEvents.toAll(events), cache, broadcast, time,
                transactions);
    }

    @Singleton
    RenewAccessTokenService renewAccessToken(AccessTokenStore tokens, AuditTrail audit, List<TokenEvents> events,
                                             KnownTokenCache cache, RevocationBroadcast broadcast, TimeSource time,
                                             RandomSource random, TokenPolicy policy, ScopeCatalog catalog,
                                             Transactions transactions) {
        return new RenewAccessTokenService(tokens, audit, TokenEvents.toAll(events), cache, broadcast, time, random,
                policy, catalog, transactions);
    }

    @Singleton
    AccessTokenQueryService accessTokenQueries(AccessTokenStore tokens, TimeSource time, TokenPolicy policy,
                                               ScopeCatalog catalog) {
        return new AccessTokenQueryService(tokens, time, policy, catalog);
    }

    @Singleton
    AuthenticateAccessTokenService authenticateAccessToken(AccessTokenStore tokens, KnownTokenCache cache,
                                                           TokenUsageRecorder usage, AuditTrail audit,
                                                           TimeSource time) {
        return new AuthenticateAccessTokenService(tokens, cache, usage, audit, time);
    }

    /** Sign-in, admitted only while password hashing has room for it. */
    @Singleton
    SignInUseCase signIn(UserStore users, PasswordHasher hasher, FailedSignIns failures, SignInLockout lockout,
                         AuditTrail audit, TimeSource time, Transactions transactions, RandomSource random,
                         PasswordWork passwordWork) {
        return passwordWork.admitting(new SignInService(users, passwordWork.bound(hasher), failures, lockout, audit,
                time, transactions, random));
    }

    @Singleton
    SignOutService signOut(EndedSessions endedSessions, AuditTrail audit, TimeSource time, Transactions transactions) {
        return new SignOutService(endedSessions, audit, time, transactions);
    }

    @Singleton
    SessionQueryService sessionQueries(EndedSessions endedSessions) {
        return new SessionQueryService(endedSessions);
    }

    @Singleton
    AuditEventQueryService auditEventQueries(AuditTrail audit) {
        return new AuditEventQueryService(audit);
    }

    @Singleton
    CreateSellerService createSeller(SellerStore sellers, RandomSource random, Transactions transactions) {
        return new CreateSellerService(sellers, random, transactions);
    }

    @Singleton
    SellerQueryService sellerQueries(SellerStore sellers) {
        return new SellerQueryService(sellers);
    }

    @Singleton
    AddSellerUserService addSellerUser(UserStore users, SellerStore sellers, PasswordHasher hasher,
                                       RandomSource random, Transactions transactions, PasswordWork passwordWork) {
        return new AddSellerUserService(users, sellers, passwordWork.bound(hasher), random, transactions);
    }

    @Singleton
    EnsurePlatformOperatorService ensurePlatformOperator(UserStore users, PasswordHasher hasher, RandomSource random,
                                                         Transactions transactions, PasswordWork passwordWork) {
        return new EnsurePlatformOperatorService(users, passwordWork.bound(hasher), random, transactions);
    }

    /** Stops the start, naming the setting, when its value breaks {@code rule}. */
    private static void setting(String rule, boolean holds, Object value) {
        if (!holds) {
            throw new IllegalArgumentException(rule + ", was " + value);
        }
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
