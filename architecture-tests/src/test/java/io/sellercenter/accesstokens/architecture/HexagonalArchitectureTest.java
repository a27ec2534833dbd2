package io.sellercenter.accesstokens.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.sellercenter.accesstokens.bootstrap.OnOffSettings;

/** The rules, over the production classes of every module. */
@AnalyzeClasses(packages = ArchitectureRules.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonalArchitectureTest {
    @ArchTest
    static final ArchRule domain_depends_on_nothing_but_java = ArchitectureRules.DOMAIN_DEPENDS_ON_NOTHING_BUT_JAVA;

    @ArchTest
    static final ArchRule application_depends_on_domain_and_java_only =
            ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_AND_JAVA_ONLY;

    @ArchTest
    static final ArchRule in_ports_and_out_ports_do_not_depend_on_each_other =
            ArchitectureRules.IN_PORTS_AND_OUT_PORTS_DO_NOT_DEPEND_ON_EACH_OTHER;

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;

    @ArchTest
    static final ArchRule adapters_use_ports_not_services = ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES;

    @ArchTest
    static final ArchRule web_adapter_calls_in_ports_only = ArchitectureRules.WEB_ADAPTER_CALLS_IN_PORTS_ONLY;

    @ArchTest
    static final ArchRule persistence_adapter_implements_out_ports_only =
            ArchitectureRules.PERSISTENCE_ADAPTER_IMPLEMENTS_OUT_PORTS_ONLY;

    @ArchTest
    static final ArchRule adapter_features_depend_only_on_shared_packages =
            ArchitectureRules.ADAPTER_FEATURES_DEPEND_ONLY_ON_SHARED_PACKAGES;

    @ArchTest
    static final ArchRule nothing_depends_on_bootstrap = ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP;

    @ArchTest
    static final ArchRule no_cycles_between_packages = ArchitectureRules.NO_CYCLES_BETWEEN_PACKAGES;

    @ArchTest
    static final ArchRule routes_that_block_run_on_the_bounded_pool =
            ArchitectureRules.ROUTES_THAT_BLOCK_RUN_ON_THE_BOUNDED_POOL;

    @ArchTest
    static final ArchRule beans_that_read_a_setting_are_made_at_start =
            ArchitectureRules.BEANS_THAT_READ_A_SETTING_ARE_MADE_AT_START;

    @ArchTest
    static final ArchRule on_off_settings_are_checked_at_start =
            ArchitectureRules.onOffSettingsAreCheckedAtStart(OnOffSettings.NAMES);
}
