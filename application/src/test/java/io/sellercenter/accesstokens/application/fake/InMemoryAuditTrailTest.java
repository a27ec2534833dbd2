package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.application.port.out.contract.AuditTrailContract;
import io.sellercenter.accesstokens.domain.account.SellerId;

import java.util.UUID;

class InMemoryAuditTrailTest extends AuditTrailContract {
    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();

    @Override
    protected AuditTrail trail() {
        return trail;
    }

    @Override
    protected SellerId newSeller() {
        return new SellerId(UUID.randomUUID());
    }

    @Override
    protected void flushPending() {
        trail.flush();
    }
}
