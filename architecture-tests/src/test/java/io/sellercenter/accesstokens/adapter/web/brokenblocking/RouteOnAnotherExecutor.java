package io.sellercenter.accesstokens.adapter.web.brokenblocking;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Breaks the rule on purpose: a route sent to Micronaut's blocking pool by name. */
@Controller("/named")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RouteOnAnotherExecutor {
    @Get
    String list() {
        return "from the database";
    }
}
