package io.sellercenter.accesstokens.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.sellercenter.accesstokens.adapter.persistence.broken.PersistenceCallingInPort;
import io.sellercenter.accesstokens.adapter.persistence.broken.PersistenceCallingWeb;
import io.sellercenter.accesstokens.adapter.persistence.brokensettings.BeanReadingASettingAtStart;
import io.sellercenter.accesstokens.adapter.persistence.brokensettings.LazyBeanReadingASetting;
import io.sellercenter.accesstokens.adapter.persistence.brokensettings.LazyFactoryReadingASetting;
import io.sellercenter.accesstokens.adapter.web.broken.WebCallingOutPort;
import io.sellercenter.accesstokens.adapter.web.broken.WebCallingPersistence;
import io.sellercenter.accesstokens.adapter.web.broken.WebCallingService;
import io.sellercenter.accesstokens.adapter.web.brokenaudit.AuditFeature;
import io.sellercenter.accesstokens.adapter.web.brokenblocking.RouteOnAnotherExecutor;
import io.sellercenter.accesstokens.adapter.web.brokenblocking.RouteOnMicronautsPool;
import io.sellercenter.accesstokens.adapter.web.brokenblocking.RoutesThatDoNotBlockOrRunOnThePool;
import io.sellercenter.accesstokens.adapter.web.brokenfine.FeatureUsingSharedPackage;
import io.sellercenter.accesstokens.adapter.web.brokentoken.TokenFeatureUsingAuditFeature;
import io.sellercenter.accesstokens.adapter.web.http.fixture.SharedHelper;
import io.sellercenter.accesstokens.application.broken.ApplicationWithFramework;
import io.sellercenter.accesstokens.application.broken.CycleEnd;
import io.sellercenter.accesstokens.application.port.in.broken.InPortUsingOutPort;
import io.sellercenter.accesstokens.application.port.out.broken.OutPortType;
import io.sellercenter.accesstokens.domain.broken.CycleStart;
import io.sellercenter.accesstokens.domain.broken.DomainCallingBootstrap;
import io.sellercenter.accesstokens.domain.broken.DomainWithFramework;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each rule, shown classes that break it, fails. These classes live only in this module's tests, so the suite over
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
    void an_in_port_using_an_out_port_is_caught() {
        assertCaught(ArchitectureRules.IN_PORTS_AND_OUT_PORTS_DO_NOT_DEPEND_ON_EACH_OTHER, InPortUsingOutPort.class,
                OutPortType.class);
    }

    @Test
    void adapters_calling_each_other_are_caught() {
        assertCaught(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, WebCallingPersistence.class,
                PersistenceCallingWeb.class);
    }

    @Test
    void adapter_calling_a_service_is_caught() {
        assertCaught(ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES, WebCallingService.class);
    }

    @Test
    void web_adapter_calling_an_out_port_is_caught() {
        assertCaught(ArchitectureRules.WEB_ADAPTER_CALLS_IN_PORTS_ONLY, WebCallingOutPort.class);
    }

    @Test
    void persistence_adapter_calling_an_in_port_is_caught() {
        assertCaught(ArchitectureRules.PERSISTENCE_ADAPTER_IMPLEMENTS_OUT_PORTS_ONLY, PersistenceCallingInPort.class);
    }

    @Test
    void a_feature_package_reaching_into_another_is_caught_but_one_using_a_shared_package_is_not() {
        assertCaught(ArchitectureRules.ADAPTER_FEATURES_DEPEND_ONLY_ON_SHARED_PACKAGES,
                TokenFeatureUsingAuditFeature.class, AuditFeature.class, SharedHelper.class);
        JavaClasses fine = new ClassFileImporter().importClasses(FeatureUsingSharedPackage.class, SharedHelper.class,
                AuditFeature.class);
        assertThatCode(() -> ArchitectureRules.ADAPTER_FEATURES_DEPEND_ONLY_ON_SHARED_PACKAGES.check(fine))
                .doesNotThrowAnyException();
    }

    @Test
    void dependency_on_bootstrap_is_caught() {
        assertCaught(ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP, DomainCallingBootstrap.class);
    }

    @Test
    void package_cycle_is_caught() {
        assertCaught(ArchitectureRules.NO_CYCLES_BETWEEN_PACKAGES, CycleStart.class, CycleEnd.class);
    }

    @Test
    void a_bean_reading_a_setting_made_only_when_first_needed_is_caught_but_one_made_at_start_is_not() {
        assertCaught(ArchitectureRules.BEANS_THAT_READ_A_SETTING_ARE_MADE_AT_START, LazyBeanReadingASetting.class);
        JavaClasses factory = new ClassFileImporter().importClasses(LazyFactoryReadingASetting.class);
        assertThatThrownBy(() -> ArchitectureRules.BEANS_THAT_READ_A_SETTING_ARE_MADE_AT_START.check(factory))
                .hasMessageContaining("LazyFactoryReadingASetting.lazy(int) is not made at start")
                .hasMessageNotContaining("madeAtStart(long) is not");
        JavaClasses fine = new ClassFileImporter().importClasses(BeanReadingASettingAtStart.class);
        assertThatCode(() -> ArchitectureRules.BEANS_THAT_READ_A_SETTING_ARE_MADE_AT_START.check(fine))
                .doesNotThrowAnyException();
    }

    @Test
    void an_on_off_setting_read_without_its_check_at_start_is_caught() {
        JavaClasses reader = new ClassFileImporter().importClasses(BeanReadingASettingAtStart.class);
        assertThatThrownBy(() -> ArchitectureRules.onOffSettingsAreCheckedAtStart(List.of("access-tokens.other"))
                .check(reader))
                .hasMessageContaining("reads on/off setting access-tokens.example.enabled, which is not");
        assertThatCode(() -> ArchitectureRules.onOffSettingsAreCheckedAtStart(List.of("access-tokens.example.enabled"))
                .check(reader)).doesNotThrowAnyException();
    }

    @Test
    void a_route_that_may_block_off_the_bounded_pool_is_caught_but_one_that_does_not_block_or_runs_there_is_not() {
        JavaClasses broken = new ClassFileImporter().importClasses(RouteOnMicronautsPool.class,
                RouteOnAnotherExecutor.class);
        assertThatThrownBy(() -> ArchitectureRules.ROUTES_THAT_BLOCK_RUN_ON_THE_BOUNDED_POOL.check(broken))
                .hasMessageContaining("RouteOnMicronautsPool.list() may block on Micronaut's blocking pool")
                .hasMessageContaining("RouteOnAnotherExecutor.list() may block on executor blocking");
        JavaClasses fine = new ClassFileImporter().importClasses(
                RoutesThatDoNotBlockOrRunOnThePool.OnTheEventLoop.class, RoutesThatDoNotBlockOrRunOnThePool.OnThePool.class);
        assertThatCode(() -> ArchitectureRules.ROUTES_THAT_BLOCK_RUN_ON_THE_BOUNDED_POOL.check(fine))
                .doesNotThrowAnyException();
    }

    private static void assertCaught(ArchRule rule, Class<?>... broken) {
        JavaClasses classes = new ClassFileImporter().importClasses(broken);
        assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated");
    }
}
