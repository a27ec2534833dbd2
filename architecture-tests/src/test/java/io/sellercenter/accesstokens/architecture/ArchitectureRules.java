package io.sellercenter.accesstokens.architecture;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The shape of the service, as rules. Each keeps ArchUnit's default of failing when it matches no class. */
final class ArchitectureRules {
    static final String BASE = "io.sellercenter.accesstokens";
    static final String DOMAIN = BASE + ".domain..";
    static final String APPLICATION = BASE + ".application..";
    static final String SERVICES = BASE + ".application.service..";
    static final String WEB = BASE + ".adapter.web..";
    static final String PERSISTENCE = BASE + ".adapter.persistence..";
    static final String BOOTSTRAP = BASE + ".bootstrap..";

    static final ArchRule DOMAIN_DEPENDS_ON_NOTHING_BUT_JAVA = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .as("domain depends on nothing but java");

    static final ArchRule APPLICATION_DEPENDS_ON_DOMAIN_AND_JAVA_ONLY = classes().that()
            .resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
            .as("application depends on the domain and java only");

    static final ArchRule WEB_ADAPTER_DOES_NOT_DEPEND_ON_PERSISTENCE = noClasses().that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAPackage(PERSISTENCE)
            .as("the web adapter does not depend on the persistence adapter");

    static final ArchRule PERSISTENCE_ADAPTER_DOES_NOT_DEPEND_ON_WEB = noClasses().that()
            .resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage(WEB)
            .as("the persistence adapter does not depend on the web adapter");

    static final ArchRule ADAPTERS_USE_PORTS_NOT_SERVICES = noClasses().that().resideInAnyPackage(WEB, PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .as("adapters reach the core through its ports, never its services");

    static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
            .and().resideInAPackage(BASE + "..")
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .as("nothing depends on bootstrap");

    static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().matching(BASE + ".(**)")
            .should().beFreeOfCycles()
            .as("no cycles between packages");

    private ArchitectureRules() {
    }
}
