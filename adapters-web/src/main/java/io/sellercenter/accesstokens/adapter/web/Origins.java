package io.sellercenter.accesstokens.adapter.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.sellercenter.accesstokens.application.port.in.RequestOrigin;

import java.net.InetSocketAddress;

/**
 * Where a request came from: the peer's address and its User-Agent. Forwarded-for headers are not trusted, since any
 * client can send them; behind a proxy, configure it to pass the client address on at the network level.
 */
final class Origins {
    private Origins() {
    }

    static RequestOrigin of(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String address = remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
        return new RequestOrigin(address, request.getHeaders().get(HttpHeaders.USER_AGENT));
    }
}
