package io.sellercenter.accesstokens.adapter.web.problem;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The {@code 404} for a path nothing serves, the answer to every scanner's guesses ({@code /wp-login.php},
 * {@code /.env}). Without a status route Micronaut looks for an exception handler among all its beans on every such
 * request: 200 to 420 µs of CPU, fifteen to thirty times a token check. A global status route is found by the router
 * instead. The answer is the one {@link ProblemErrorResponseProcessor} gave.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class NoSuchRoute {

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    MutableHttpResponse<Problem> notFound() {
        return Problems.of(ProblemType.NOT_FOUND, "There is no such resource.");
    }
}
