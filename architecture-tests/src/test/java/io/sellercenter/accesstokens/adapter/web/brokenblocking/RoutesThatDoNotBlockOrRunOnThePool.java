package io.sellercenter.accesstokens.adapter.web.brokenblocking;

import io.micronaut.core.annotation.NonBlocking;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.sellercenter.accesstokens.adapter.web.http.BlockingPool;

import java.util.concurrent.CompletableFuture;

/** Keeps the rule: each route answers from memory, hands its blocking work on, or runs on the bounded pool. */
public class RoutesThatDoNotBlockOrRunOnThePool {
    @Controller("/fine")
    public static class OnTheEventLoop {
        @Get("/future")
        CompletableFuture<String> future() {
            return CompletableFuture.completedFuture("handed on");
        }

        @Get("/memory")
        @NonBlocking
        String memory() {
            return "from memory";
        }
    }

    @Controller("/pooled")
    @ExecuteOn(BlockingPool.NAME)
    public static class OnThePool {
        @Get
        String list() {
            return "from the database";
        }
    }
}
