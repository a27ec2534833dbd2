package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.application.port.out.contract.PasswordHasherContract;

class FastPasswordHasherTest extends PasswordHasherContract {
    private final FastPasswordHasher hasher = new FastPasswordHasher();

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }
}
