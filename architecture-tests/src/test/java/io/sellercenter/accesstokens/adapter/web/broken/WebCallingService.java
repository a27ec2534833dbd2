package io.sellercenter.accesstokens.adapter.web.broken;

/** Breaks the rule on purpose: an adapter uses a service instead of its port. */
public class WebCallingService {
    public io.sellercenter.accesstokens.application.service.token.AccessTokenQueryService service() {
        return null;
    }
}
