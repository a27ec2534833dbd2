package io.sellercenter.accesstokens.adapter.web.brokenblocking;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Breaks the rule on purpose: a route that may block, left to Micronaut's unbounded blocking pool. */
@Controller("/unbounded")
public class RouteOnMicronautsPool {
    @Get
    String list() {
        return "from the database";
    }
}
