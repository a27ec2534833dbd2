package io.sellercenter.accesstokens.adapter.web.testsupport;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a failure nobody expected is a plain 500 that tells nothing about what failed. */
public final class Failures {
    private Failures() {
    }

    /** Calls {@code call} while the application is broken down and checks the 500 it answers. */
    public static void assertPlain500(InMemoryApplication application, Supplier<ApiClient.Reply> call) {
        application.breakDown();
        try {
            ApiClient.Reply reply = call.get();
            Problems.assertProblem(reply, 500, "internal-error");
            assertThat(reply.body()).doesNotContain("SELECT").doesNotContain("10.0.0.5").doesNotContain("refused")
                    .doesNotContain("IllegalState");
        } finally {
            application.repair();
        }
    }
}
