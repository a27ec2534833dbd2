package io.sellercenter.accesstokens.adapter.web.problem;

import io.micronaut.context.BeanContext;
import io.micronaut.core.annotation.NonBlocking;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends every exception a request ends in to its {@link ExceptionHandler}, the one Micronaut would pick (the closest
 * to the exception's type), found once per type. Micronaut searches all its beans for it on every exception: 200 to
 * 570 µs of CPU, so that a flood of unreadable sign-ins cost up to forty times a token check. It asks global error
 * routes first, and this is one for every exception. One without a handler (an {@link java.lang.Error}) is thrown on,
 * to Micronaut's default answer, as before. It answers on the thread the exception reached it on ({@link NonBlocking}):
 * the handlers build a problem and at most log it, which waits for nothing, and Micronaut would otherwise move every
 * error answer to its own blocking pool, which has no bound (see {@code BlockingPool}).
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ExceptionHandlers {
    private final BeanContext beans;
    private final Map<Class<?>, Optional<ExceptionHandler<Throwable, ?>>> byType = new ConcurrentHashMap<>();

    ExceptionHandlers(BeanContext beans) {
        this.beans = beans;
    }

    @Error(global = true, exception = Throwable.class)
    @NonBlocking
    Object handle(HttpRequest<?> request, Throwable failure) throws Throwable {
        Optional<ExceptionHandler<Throwable, ?>> handler = byType.computeIfAbsent(failure.getClass(), this::find);
        if (handler.isEmpty()) {
            throw failure;
        }
        return handler.get().handle(request, failure);
    }

    @SuppressWarnings("unchecked")
    private Optional<ExceptionHandler<Throwable, ?>> find(Class<?> type) {
        return beans.findBeanDefinition(ExceptionHandler.class, Qualifiers.byTypeArgumentsClosest(type, Object.class))
                .map(definition -> (ExceptionHandler<Throwable, ?>) beans.getBean(definition));
    }
}
