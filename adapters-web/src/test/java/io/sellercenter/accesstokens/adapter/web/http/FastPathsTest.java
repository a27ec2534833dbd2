package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.http.HttpMethod;
import io.micronaut.security.config.InterceptUrlMapPattern;
import io.micronaut.security.config.SecurityConfigurationProperties;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which settings of the operator's own make the fast paths leave a route to Micronaut's security filter. */
class FastPathsTest {
    private static final String PATH = "/api/v1/me";

    @Test
    void anAddressPatternOrAnInterceptUrlRuleMatchingThePathIsARuleOfTheOperatorsOwn() {
        SecurityConfigurationProperties security = new SecurityConfigurationProperties();
        assertThat(FastPaths.noOperatorRuleFor(PATH, security)).as("the defaults").isTrue();

        security.setInterceptUrlMap(List.of(new InterceptUrlMapPattern("/assets/**", List.of("isAnonymous()"),
                HttpMethod.GET)));
        assertThat(FastPaths.noOperatorRuleFor(PATH, security)).as("a rule for other paths").isTrue();

        security.setInterceptUrlMap(List.of(new InterceptUrlMapPattern("/api/**", List.of("ROLE_AUDITOR"),
                HttpMethod.POST)));
        assertThat(FastPaths.noOperatorRuleFor(PATH, security)).as("a rule for the path, any method").isFalse();

        security.setInterceptUrlMap(List.of());
        security.setIpPatterns(List.of("192.0.2.*"));
        assertThat(FastPaths.noOperatorRuleFor(PATH, security)).as("address patterns").isFalse();
    }
}
