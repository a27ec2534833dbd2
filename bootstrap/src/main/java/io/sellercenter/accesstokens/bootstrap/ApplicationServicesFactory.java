package io.sellercenter.accesstokens.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.context.annotation.Value;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.application.port.out.account.FailedSignIns;
import io.sellercenter.accesstokens.application.port.out.token.KnownTokenCache;
import io.sellercenter.accesstokens.application.port.out.token.RevocationBroadcast;
import io.sellercenter.accesstokens.application.port.out.token.TokenUsageRecorder;
import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.application.port.out.RandomSource;
import io.sellercenter.accesstokens.application.port.out.account.SellerStore;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.account.UserStore;
import io.sellercenter.accesstokens.application.service.authentication.AuthenticateAccessTokenService;
import io.sellercenter.accesstokens.application.service.token.GenerateAccessTokenService;
import io.sellercenter.accesstokens.application.service.token.GetAccessTokenService;
import io.sellercenter.accesstokens.application.service.token.ListAccessTokensService;
import io.sellercenter.accesstokens.application.service.audit.ListAuditEventsService;
import io.sellercenter.accesstokens.application.service.token.RenewAccessTokenService;
import io.sellercenter.accesstokens.application.service.token.RevokeAccessTokenService;
import io.sellercenter.accesstokens.application.service.platform.SellerService;
import io.sellercenter.accesstokens.application.service.signin.SignInService;
import io.sellercenter.accesstokens.application.service.platform.UserAccountService;
import io.sellercenter.accesstokens.domain.account.SignInLockout;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * Builds the application services from their ports. The core carries no framework annotation, so it is wired here:
 * each service is a bean under every in-port it implements.
 */
@Factory
class ApplicationServicesFactory {

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

    @Singleton
    PasswordHasher passwordHasher(@Value("${access-tokens.passwords.argon2-memory-kib:19456}") int memoryKib,
                                  @Value("${access-tokens.passwords.argon2-iterations:2}") int iterations) {
        return new Argon2PasswordHasher(memoryKib, iterations);
    }

    @Singleton
    TokenPolicy tokenPolicy(@Value("${access-tokens.policy.max-lifetime:365d}") Duration maxLifetime) {
        return new TokenPolicy(maxLifetime);
    }

    @Singleton
    GenerateAccessTokenService generateAccessToken(AccessTokenStore tokens, AuditTrail audit, TimeSource time,
                                                   RandomSource random, TokenPolicy policy, Transactions transactions) {
        return new GenerateAccessTokenService(tokens, audit, time, random, policy, transactions);
    }

    @Singleton
    ListAccessTokensService listAccessTokens(AccessTokenStore tokens, TimeSource time) {
        return new ListAccessTokensService(tokens, time);
    }

    @Singleton
    GetAccessTokenService getAccessToken(AccessTokenStore tokens) {
        return new GetAccessTokenService(tokens);
    }

    @Singleton
    RevokeAccessTokenService revokeAccessToken(AccessTokenStore tokens, AuditTrail audit, KnownTokenCache cache,
                                               RevocationBroadcast broadcast, TimeSource time,
                                               Transactions transactions) {
        return new RevokeAccessTokenService(tokens, audit, cache, broadcast, time, transactions);
    }

    @Singleton
    RenewAccessTokenService renewAccessToken(AccessTokenStore tokens, AuditTrail audit, KnownTokenCache cache,
                                             RevocationBroadcast broadcast, TimeSource time, RandomSource random,
                                             TokenPolicy policy, Transactions transactions) {
        return new RenewAccessTokenService(tokens, audit, cache, broadcast, time, random, policy, transactions);
    }

    @Singleton
    AuthenticateAccessTokenService authenticateAccessToken(AccessTokenStore tokens, KnownTokenCache cache,
                                                           TokenUsageRecorder usage, AuditTrail audit,
                                                           TimeSource time) {
        return new AuthenticateAccessTokenService(tokens, cache, usage, audit, time);
    }

    @Singleton
    SignInLockout signInLockout(@Value("${access-tokens.sign-in.max-failures:10}") int maxFailures,
                                @Value("${access-tokens.sign-in.lockout:15m}") Duration duration) {
        return new SignInLockout(maxFailures, duration);
    }

    @Singleton
    SignInService signIn(UserStore users, PasswordHasher hasher, FailedSignIns failures, SignInLockout lockout,
                         AuditTrail audit, TimeSource time, Transactions transactions) {
        return new SignInService(users, hasher, failures, lockout, audit, time, transactions);
    }

    @Singleton
    ListAuditEventsService listAuditEvents(AuditTrail audit) {
        return new ListAuditEventsService(audit);
    }

    @Singleton
    SellerService sellers(SellerStore sellers, RandomSource random, Transactions transactions) {
        return new SellerService(sellers, random, transactions);
    }

    @Singleton
    UserAccountService userAccounts(UserStore users, SellerStore sellers, PasswordHasher hasher, RandomSource random,
                                    Transactions transactions) {
        return new UserAccountService(users, sellers, hasher, random, transactions);
    }
}
