package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.domain.shared.IpLiteral;
import io.sellercenter.accesstokens.domain.shared.IpRange;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a request came from: the client's address and its User-Agent. The client is the peer, unless the peer is one
 * of {@code access-tokens.http.trusted-proxies} (addresses or CIDR ranges, such as the load balancer's): then it is
 * the nearest address in {@code X-Forwarded-For} that is not a trusted proxy itself. Anyone can send that header, so
 * it is believed only as far as trusted proxies vouch for it. Made at start, so that a mistyped proxy stops the
 * service there rather than failing every request after.
 */
@Context
public final class Origins {
    public static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String ORIGIN = Origins.class.getName() + ".origin";
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d+");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]+)](?::\\d+)?");
    private final List<IpRange> trustedProxies;

    Origins(@Value("${access-tokens.http.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).filter(range -> !range.isEmpty())
                .map(range -> IpRange.parse(range).orElseThrow(() -> new IllegalArgumentException(
                        "access-tokens.http.trusted-proxies: not an address or a CIDR range: " + range)))
                .toList();
    }

    /** Where {@code request} came from; worked out once per request, however many ask. */
    public RequestOrigin of(HttpRequest<?> request) {
        Optional<RequestOrigin> known = request.getAttribute(ORIGIN, RequestOrigin.class);
        if (known.isPresent()) {
            return known.get();
        }
        RequestOrigin origin = resolve(request);
        request.setAttribute(ORIGIN, origin);
        return origin;
    }

    private RequestOrigin resolve(HttpRequest<?> request) {
        return of(request.getRemoteAddress(), request.getHeaders().getAll(FORWARDED_FOR),
                request.getHeaders().get(HttpHeaders.USER_AGENT));
    }

    /**
     * Where a request came from, given its peer and its {@value #FORWARDED_FOR} and {@code User-Agent} headers: for
     * a request read before Micronaut's pipeline ({@link FastRoute}).
     */
    public RequestOrigin of(InetSocketAddress remote, List<String> forwardedFor, String userAgent) {
        InetAddress peer = remote == null ? null : remote.getAddress();
        if (peer == null) {
            return new RequestOrigin(null, userAgent);
        }
        InetAddress client = trustedProxies.isEmpty() ? peer : clientBehind(peer, forwardedFor);
        return new RequestOrigin(client.getHostAddress(), userAgent);
    }

    /** Walks the forwarding chain back from the peer while each hop is a trusted proxy. */
    InetAddress clientBehind(InetAddress peer, List<String> forwardedFor) {
        InetAddress client = peer;
        for (int header = forwardedFor.size() - 1; header >= 0; header--) {
            String[] hops = forwardedFor.get(header).split(",");
            for (int i = hops.length - 1; i >= 0 && isTrusted(client); i--) {
                Optional<InetAddress> hop = literal(hops[i].strip());
                if (hop.isEmpty()) {
                    return client;
                }
                client = hop.get();
            }
        }
        return client;
    }

    private boolean isTrusted(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (IpRange range : trustedProxies) {
            if (range.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An IP address written out, as {@link IpLiteral} reads it, here also with a port or in brackets as proxies write
     * hops ({@code 203.0.113.9:51000}, {@code [2001:db8::1]:443}). Never a host name: nothing here may cause a DNS
     * lookup.
     */
    static Optional<InetAddress> literal(String text) {
        String address = text;
        var withPort = IPV4_WITH_PORT.matcher(text);
        var bracketed = BRACKETED_IPV6.matcher(text);
        if (withPort.matches()) {
            address = withPort.group(1);
        } else if (bracketed.matches()) {
            address = bracketed.group(1);
        }
        return IpLiteral.parse(address).map(Origins::inetAddress);
    }

    private static InetAddress inetAddress(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("an IP literal is 4 or 16 bytes", impossible);
        }
    }
}
