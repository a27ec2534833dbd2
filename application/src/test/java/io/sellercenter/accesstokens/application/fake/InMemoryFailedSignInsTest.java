package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.account.FailedSignIns;
import io.sellercenter.accesstokens.application.port.out.contract.FailedSignInsContract;

class InMemoryFailedSignInsTest extends FailedSignInsContract {
    private final InMemoryFailedSignIns failures = new InMemoryFailedSignIns();

    @Override
    protected FailedSignIns failures() {
        return failures;
    }
}
