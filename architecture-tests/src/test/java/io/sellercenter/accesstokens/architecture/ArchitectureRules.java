package io.sellercenter.accesstokens.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import io.sellercenter.accesstokens.adapter.web.http.BlockingPool;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The shape of the service, as rules. Each keeps ArchUnit's default of failing when it matches no class. */
final class ArchitectureRules {
    static final String BASE = "io.sellercenter.accesstokens";
    static final String DOMAIN = BASE + ".domain..";
    static final String APPLICATION = BASE + ".application..";
    static final String IN_PORTS = BASE + ".application.port.in..";
    static final String OUT_PORTS = BASE + ".application.port.out..";
    static final String SERVICES = BASE + ".application.service..";
    static final String WEB = BASE + ".adapter.web..";
    static final String PERSISTENCE = BASE + ".adapter.persistence..";
    static final String BOOTSTRAP = BASE + ".bootstrap..";
    /** What the web adapter's feature packages share: who is calling, problem answers, HTTP plumbing. */
    static final String[] WEB_SHARED = {BASE + ".adapter.web.security..", BASE + ".adapter.web.problem..",
            BASE + ".adapter.web.http.."};

    static final ArchRule DOMAIN_DEPENDS_ON_NOTHING_BUT_JAVA = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .as("domain depends on nothing but java");

    static final ArchRule APPLICATION_DEPENDS_ON_DOMAIN_AND_JAVA_ONLY = classes().that()
            .resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
            .as("application depends on the domain and java only");

    static final ArchRule IN_PORTS_AND_OUT_PORTS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching(BASE + ".application.port.(*)..")
            .should().notDependOnEachOther()
            .as("in-ports and out-ports do not depend on each other");

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices().matching(BASE + ".adapter.(*)..")
            .should().notDependOnEachOther()
            .as("adapters do not depend on each other");

    static final ArchRule ADAPTERS_USE_PORTS_NOT_SERVICES = noClasses().that().resideInAnyPackage(WEB, PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .as("adapters reach the core through its ports, never its services");

    static final ArchRule WEB_ADAPTER_CALLS_IN_PORTS_ONLY = noClasses().that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAPackage(OUT_PORTS)
            .as("the web adapter drives the core through in-ports, never out-ports");

    static final ArchRule PERSISTENCE_ADAPTER_IMPLEMENTS_OUT_PORTS_ONLY = noClasses().that()
            .resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage(IN_PORTS)
            .as("the persistence adapter serves out-ports, never in-ports");

    static final ArchRule ADAPTER_FEATURES_DEPEND_ONLY_ON_SHARED_PACKAGES = slices()
            .matching(BASE + ".adapter.(*).(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAnyPackage(WEB_SHARED))
            .as("an adapter's feature packages depend on each other only through its shared packages");

    static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
            .and().resideInAPackage(BASE + "..")
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .as("nothing depends on bootstrap");

    static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().matching(BASE + ".(**)")
            .should().beFreeOfCycles()
            .as("no cycles between packages");

    /**
     * A bean made when a request first needs it fails that request, and every one after, when a setting it reads is
     * out of range, while the node's probes say it is fine. Made at start, it stops the start instead, naming the
     * setting.
     */
    static final ArchRule BEANS_THAT_READ_A_SETTING_ARE_MADE_AT_START = codeUnits().that(readASetting())
            .should(beMadeAtStart())
            .as("a bean that reads a setting (@Value) is made at start (@Context)");

    private static final String CONTROLLER = "io.micronaut.http.annotation.Controller";
    private static final String HTTP_METHOD_MAPPING = "io.micronaut.http.annotation.HttpMethodMapping";
    private static final String NON_BLOCKING = "io.micronaut.core.annotation.NonBlocking";
    private static final String EXECUTE_ON = "io.micronaut.scheduling.annotation.ExecuteOn";
    private static final String PUBLISHER = "org.reactivestreams.Publisher";

    /**
     * A route that may block (it returns its answer, not a future or a publisher, and is not marked
     * {@code @NonBlocking}) runs on the service's bounded blocking pool ({@code @ExecuteOn(BlockingPool.NAME)}):
     * Micronaut's own, where thread selection {@code AUTO} would put it, makes a thread for every call that waits, and
     * a database outage under load then makes hundreds. No route names another executor.
     */
    static final ArchRule ROUTES_THAT_BLOCK_RUN_ON_THE_BOUNDED_POOL = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(CONTROLLER)
            .and().areMetaAnnotatedWith(HTTP_METHOD_MAPPING)
            .should(new ArchCondition<>("return a future or a publisher, be @NonBlocking, or run on the bounded "
                    + "blocking pool, and name no other executor") {
                @Override
                public void check(JavaMethod route, ConditionEvents events) {
                    Optional<String> executor = executorOf(route);
                    boolean nonBlocking = route.isAnnotatedWith(NON_BLOCKING)
                            || route.getRawReturnType().isAssignableTo(CompletionStage.class)
                            || route.getRawReturnType().isAssignableTo(PUBLISHER);
                    boolean onThePool = executor.filter(BlockingPool.NAME::equals).isPresent();
                    boolean elsewhere = executor.isPresent() && !onThePool;
                    boolean fine = !elsewhere && (nonBlocking || onThePool);
                    events.add(new SimpleConditionEvent(route, fine, route.getFullName() + (fine ? " runs"
                            : " may block") + " on " + executor.map(name -> "executor " + name)
                            .orElse(nonBlocking ? "the event loop" : "Micronaut's blocking pool")));
                }
            })
            .as("a route that may block runs on the bounded blocking pool");

    /** The executor {@code @ExecuteOn} names on the route, or else on its controller. */
    private static Optional<String> executorOf(JavaMethod route) {
        JavaClass owner = route.getOwner();
        return route.tryGetAnnotationOfType(EXECUTE_ON).flatMap(on -> on.get("value"))
                .or(() -> owner.tryGetAnnotationOfType(EXECUTE_ON).flatMap(on -> on.get("value")))
                .map(Object::toString);
    }

    private static final String VALUE = "io.micronaut.context.annotation.Value";
    private static final String CONTEXT = "io.micronaut.context.annotation.Context";

    /**
     * Micronaut reads any word but {@code true} as {@code false}, so a bean that reads an on/off setting takes a
     * mistyped {@code ture} as off without a word; {@code names} are the settings checked strictly at start
     * ({@code OnOffSettings}). Every on/off setting a bean reads must be one of them.
     */
    static ArchRule onOffSettingsAreCheckedAtStart(Collection<String> names) {
        return codeUnits().that(readASetting()).should(new ArchCondition<>("read on/off settings checked at start") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                for (JavaParameter parameter : unit.getParameters()) {
                    String type = parameter.getRawType().getName();
                    boolean onOff = type.equals("boolean") || type.equals("java.lang.Boolean");
                    if (onOff && parameter.isAnnotatedWith(VALUE)) {
                        String setting = settingOf(parameter.getAnnotationOfType(VALUE).get("value").orElse("")
                                .toString());
                        boolean checked = names.contains(setting);
                        events.add(new SimpleConditionEvent(unit, checked, unit.getFullName() + " reads on/off "
                                + "setting " + setting + (checked ? ", which is" : ", which is not")
                                + " checked at start"));
                    }
                }
            }
        }).as("an on/off setting a bean reads is checked at start");
    }

    /** {@code access-tokens.cache.enabled} of {@code ${access-tokens.cache.enabled:true}}. */
    private static String settingOf(String placeholder) {
        String inner = placeholder.replaceFirst("^\\$\\{", "").replaceFirst("}$", "");
        int colon = inner.indexOf(':');
        return colon < 0 ? inner : inner.substring(0, colon);
    }


    private static DescribedPredicate<JavaCodeUnit> readASetting() {
        return DescribedPredicate.describe("read a setting", unit -> unit.getParameters().stream()
                .anyMatch(parameter -> parameter.isAnnotatedWith(VALUE)));
    }

    private static ArchCondition<JavaCodeUnit> beMadeAtStart() {
        return new ArchCondition<>("be made at start") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                // A factory method says so itself; a constructor's class does.
                boolean atStart = unit instanceof JavaMethod ? unit.isAnnotatedWith(CONTEXT)
                        : unit.getOwner().isAnnotatedWith(CONTEXT);
                events.add(new SimpleConditionEvent(unit, atStart,
                        unit.getFullName() + (atStart ? " is" : " is not") + " made at start"));
            }
        };
    }

    private ArchitectureRules() {
    }
}
