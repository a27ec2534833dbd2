package io.sellercenter.accesstokens.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.sellercenter.accesstokens.adapter.persistence.broken.PersistenceCallingWeb;
import io.sellercenter.accesstokens.adapter.web.broken.WebCallingPersistence;
import io.sellercenter.accesstokens.adapter.web.broken.WebCallingService;
import io.sellercenter.accesstokens.application.broken.ApplicationWithFramework;
import io.sellercenter.accesstokens.application.broken.CycleEnd;
import io.sellercenter.accesstokens.domain.broken.CycleStart;
import io.sellercenter.accesstokens.domain.broken.DomainWithFramework;
import io.sellercenter.accesstokens.domain.broken.DomainCallingBootstrap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each rule, shown one class that breaks it, fails. These classes live only in this module's tests, so the suite over
 * the real modules never sees them.
 */
class ArchitectureRulesCatchViolationsTest {

    @Test
    void domain_with_a_framework_dependency_is_caught() {
        assertCaught(ArchitectureRules.DOMAIN_DEPENDS_ON_NOTHING_BUT_JAVA, DomainWithFramework.class);
    }

    @Test
    void application_with_a_framework_dependency_is_caught() {
        assertCaught(ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_AND_JAVA_ONLY, ApplicationWithFramework.class);
    }

    @Test
    void web_adapter_calling_persistence_is_caught() {
        assertCaught(ArchitectureRules.WEB_ADAPTER_DOES_NOT_DEPEND_ON_PERSISTENCE, WebCallingPersistence.class,
                PersistenceCallingWeb.class);
    }

    @Test
    void persistence_adapter_calling_web_is_caught() {
        assertCaught(ArchitectureRules.PERSISTENCE_ADAPTER_DOES_NOT_DEPEND_ON_WEB, PersistenceCallingWeb.class,
                WebCallingPersistence.class);
    }

    @Test
    void adapter_calling_a_service_is_caught() {
        assertCaught(ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES, WebCallingService.class);
    }

    @Test
    void dependency_on_bootstrap_is_caught() {
        assertCaught(ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP, DomainCallingBootstrap.class);
    }

    @Test
    void package_cycle_is_caught() {
        assertCaught(ArchitectureRules.NO_CYCLES_BETWEEN_PACKAGES, CycleStart.class, CycleEnd.class);
    }

    private static void assertCaught(ArchRule rule, Class<?>... broken) {
        JavaClasses classes = new ClassFileImporter().importClasses(broken);
        assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated");
    }
}
