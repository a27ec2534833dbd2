package io.sellercenter.accesstokens.adapter.web.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.util.PathMatcher;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.security.config.SecurityConfiguration;
import io.micronaut.security.config.SecurityConfigurationProperties;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.ReadOnlyHttpHeaders;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Gives the commonest answers of the routes called most (each a {@link FastRoute}: liveness probes, {@code /me} with a
 * remembered token, an introspection that needs no lookup) ahead of Micronaut's request pipeline, on each HTTP/1
 * connection's event loop: for a short answer, the framework's filters, router and response encoding cost more than
 * the answer itself. Each answer carries what the filters would have given it: the {@code Date} and hardening headers
 * of {@link ResponseHeadersFilter}, a request id, one sample of the route's {@code http.server.requests} timer and the
 * request's log line, as {@link RequestLogFilter} makes them.
 *
 * <p>Only a plain request is taken: a {@code GET} that announces no body (a {@code Content-Length} of 0 is none), or a
 * {@code POST} whose {@code Content-Length} announces at most {@value FastRoute#MAXIMUM_BODY} bytes (not compressed,
 * no {@code Expect}), which is read whole before its route sees it; one that accepts JSON and has no {@code Origin} (a
 * browser's, for Micronaut's CORS filter to judge) and no {@code Cookie} (a browser's too, whose session Micronaut's
 * fetchers may take before the route's own credentials); for a route no security rule of the operator's own may
 * apply to (see {@link FastRoute#answersPastOperatorRules()}); on a connection with no earlier request still
 * unanswered, since HTTP/1 answers in the order asked, and whose answers are being read: a client that sends requests
 * and reads no answers gets the rest through Micronaut, which then stops reading from it, instead of this handler
 * queuing answers for it without end. Anything else, and whatever a route leaves, goes on to Micronaut.
 * {@code access-tokens.http.fast-paths: false} sends everything there.
 */
@Context
class FastPaths implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
    private static final String HANDLER = "access-tokens-fast-paths";

    private final List<Taken> routes;
    private final ResponseHeadersFilter headers;
    private final RequestLogFilter requests;

    /** With {@code on} false, no route is taken: every request goes through the pipeline. */
    FastPaths(List<FastRoute> routes, ResponseHeadersFilter headers, RequestLogFilter requests, MeterRegistry meters,
              SecurityConfiguration security, @Value("${access-tokens.http.fast-paths:true}") boolean on) {
        this.routes = !on ? List.of() : routes.stream()
                .filter(route -> route.answersPastOperatorRules() || noOperatorRuleFor(route.path(), security))
                .map(route -> new Taken(route, requests.timer(route.method().name(), route.path(), 200),
                        Counter.builder("access_tokens.fast_path.answers")
                        .description("Requests answered ahead of Micronaut's pipeline, by path")
                        .tag("path", route.path()).register(meters))).toList();
        this.headers = headers;
        this.requests = requests;
    }

    /**
     * Whether no security rule of the operator's own may apply to requests for this path: no address patterns
     * ({@code micronaut.security.ip-patterns}) and no intercept-URL rule whose pattern matches it, for any method.
     */
    static boolean noOperatorRuleFor(String path, SecurityConfiguration security) {
        return security.getIpPatterns().stream().allMatch(SecurityConfigurationProperties.ANYWHERE::equals)
                && security.getInterceptUrlMap().stream()
                .noneMatch(rule -> PathMatcher.ANT.matches(rule.getPattern(), path));
    }

    /** A route with the timer its answers are timed by and the count of them. */
    private record Taken(FastRoute route, Timer timer, Counter answers) {
    }

    /** A {@code POST} for {@code route} whose body is being read into {@code body}. */
    private record Reading(HttpRequest request, Taken route, ByteBuf body) {
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        if (!routes.isEmpty()) {
            event.getBean().register(new OnEveryConnection());
        }
        return event.getBean();
    }

    /** The route that may answer this request, if it is a plain one; null for any other request. */
    private Taken routeOf(HttpRequest request) {
        if (!request.decoderResult().isSuccess() || !acceptsJson(request.headers().get(HttpHeaderNames.ACCEPT))
                || request.headers().contains(HttpHeaderNames.ORIGIN)
                || request.headers().contains(HttpHeaderNames.COOKIE)) {
            return null;
        }
        String uri = request.uri();
        for (Taken taken : routes) {
            FastRoute route = taken.route();
            String path = route.path();
            if (request.method().equals(route.method()) && (uri.equals(path) || route.takesQueries()
                    && uri.startsWith(path) && uri.length() > path.length() && uri.charAt(path.length()) == '?')) {
                return announcesWhatItTakes(request, route) ? taken : null;
            }
        }
        return null;
    }

    /**
     * For a {@code GET}, no body; for a {@code POST}, a body of a {@code Content-Length} of at most
     * {@value FastRoute#MAXIMUM_BODY} bytes, sent as it is (not compressed, not waiting for a {@code 100 Continue}),
     * in parts after the request's head (as Netty's decoder gives it).
     */
    private static boolean announcesWhatItTakes(HttpRequest request, FastRoute route) {
        if (HttpUtil.isTransferEncodingChunked(request)) {
            return false;
        }
        String length = request.headers().get(HttpHeaderNames.CONTENT_LENGTH);
        if (!route.method().equals(HttpMethod.POST)) {
            return length == null || length.equals("0");
        }
        return length != null && isShortNumber(length) && Integer.parseInt(length) <= FastRoute.MAXIMUM_BODY
                && !(request instanceof HttpContent)
                && !request.headers().contains(HttpHeaderNames.EXPECT)
                && !request.headers().contains(HttpHeaderNames.CONTENT_ENCODING);
    }

    /** One to four decimal digits, and nothing else. */
    private static boolean isShortNumber(String text) {
        if (text.isEmpty() || text.length() > 4) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** No {@code Accept}, or one that plainly takes JSON; any other is Micronaut's to negotiate (or refuse, 406). */
    private static boolean acceptsJson(String accept) {
        return accept == null || accept.equals("*/*") || accept.equals(HttpHeaderValues.APPLICATION_JSON.toString());
    }

    private final class OnEveryConnection implements NettyServerCustomizer {
        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new OnConnection(channel) : this;
        }
    }

    private final class OnConnection implements NettyServerCustomizer {
        private final Channel channel;

        OnConnection(Channel channel) {
            this.channel = channel;
        }

        /** Called for an HTTP/1 connection; an HTTP/2 one has no Micronaut handler on its own pipeline to precede. */
        @Override
        public void onStreamPipelineBuilt() {
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null
                    && pipeline.get(HANDLER) == null) {
                pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, HANDLER, new Answering());
            }
        }
    }

    /**
     * One connection's: takes plain requests, reading a {@code POST}'s body whole before its route sees it, and
     * counts the ones it hands on until their answers have gone out.
     */
    private final class Answering extends ChannelDuplexHandler {
        private int unanswered;
        private boolean inAnsweredRequest;
        private boolean flushPending;
        /** The request whose body is being read; null when none is. */
        private Reading reading;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (reading != null) {
                readBody(ctx, message);
                return;
            }
            if (inAnsweredRequest) {
                inAnsweredRequest = !(message instanceof LastHttpContent);
                ReferenceCountUtil.release(message);
                return;
            }
            if (message instanceof HttpRequest request) {
                Taken route = unanswered == 0 && ctx.channel().isWritable() ? routeOf(request) : null;
                if (route != null && route.route().method().equals(HttpMethod.POST)) {
                    reading = new Reading(request, route,
                            ctx.alloc().heapBuffer((int) HttpUtil.getContentLength(request, 0L)));
                    return;
                }
                if (route != null && answered(ctx, request, "", route)) {
                    inAnsweredRequest = !(message instanceof LastHttpContent);
                    ReferenceCountUtil.release(message);
                    return;
                }
                unanswered++;
            }
            ctx.fireChannelRead(message);
        }

        /** Adds a part of the body being read; with the last, answers the request or hands it on, body and all. */
        private void readBody(ChannelHandlerContext ctx, Object message) {
            ByteBuf body = reading.body();
            DecoderResult result = message instanceof HttpContent part ? part.decoderResult() : DecoderResult.SUCCESS;
            if (message instanceof HttpContent part) {
                body.writeBytes(part.content(), Math.min(part.content().readableBytes(), body.writableBytes()));
            }
            boolean last = message instanceof LastHttpContent;
            ReferenceCountUtil.release(message);
            if (!last && result.isSuccess()) {
                return;
            }
            Reading read = reading;
            reading = null;
            if (result.isSuccess()
                    && answered(ctx, read.request(), body.toString(StandardCharsets.UTF_8), read.route())) {
                body.release();
                return;
            }
            unanswered++;
            ctx.fireChannelRead(read.request());
            DefaultLastHttpContent rest = new DefaultLastHttpContent(body);
            rest.setDecoderResult(result);
            ctx.fireChannelRead(rest);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            if (reading != null) {
                reading.body().release();
                reading = null;
            }
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
            if (message instanceof LastHttpContent && unanswered > 0 && !isInterim(message)) {
                unanswered--;
            }
            ctx.write(message, promise);
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            if (flushPending) {
                flushPending = false;
                ctx.flush();
            }
            ctx.fireChannelReadComplete();
        }

        private static boolean isInterim(Object message) {
            return message instanceof HttpResponse response
                    && response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
        }

        private boolean answered(ChannelHandlerContext ctx, HttpRequest request, String body, Taken taken) {
            long started = System.nanoTime();
            FastRoute route = taken.route();
            FastRoute.FastAnswer fast;
            try {
                fast = route.answer(request, body, (InetSocketAddress) ctx.channel().remoteAddress());
            } catch (RuntimeException failed) {
                return false; // the pipeline meets the same failure, and answers and logs it as it does any
            }
            if (fast == null) {
                return false;
            }
            String id = RequestLogFilter.requestId(request.headers().get(RequestLogFilter.HEADER));
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            HttpHeaders answer = headersOf(fast, route.path(), id, keepAlive, request);
            FullHttpResponse response = new DefaultFullHttpResponse(request.protocolVersion(), HttpResponseStatus.OK,
                    Unpooled.wrappedBuffer(fast.json()), answer, EmptyHttpHeaders.INSTANCE);
            if (keepAlive) {
                ctx.write(response, ctx.voidPromise());
                flushPending = true;
            } else {
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            }
            long elapsed = System.nanoTime() - started;
            taken.timer().record(elapsed, TimeUnit.NANOSECONDS);
            taken.answers().increment();
            requests.log(route.method().name(), route.path(), 200, elapsed, id);
            return true;
        }

        /**
         * The answer's headers, as {@link HttpUtil#setKeepAlive} and the filters would set them, written once into a
         * read-only list: a header map validates every value as it is set (the 200-character policy among them) and
         * allocates an entry for each, a fifth of a fast answer's garbage. The route's own were checked when its
         * answer was made; every other one is this service's constant or made by it ({@link RequestLogFilter#requestId}
         * takes a client's id only when it is safe).
         */
        private HttpHeaders headersOf(FastRoute.FastAnswer fast, String path, String id, boolean keepAlive,
                                      HttpRequest request) {
            AsciiString[] own = fast.headers();
            NameValues answer = new NameValues(own.length / 2 + 10);
            for (int i = 0; i < own.length; i += 2) {
                answer.accept(own[i], own[i + 1]);
            }
            headers.addTo(path, answer);
            answer.accept(RequestLogFilter.HEADER, id);
            answer.accept(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
            answer.accept(HttpHeaderNames.CONTENT_LENGTH, fast.contentLength());
            if (keepAlive != request.protocolVersion().isKeepAliveDefault()) {
                answer.accept(HttpHeaderNames.CONNECTION, keepAlive ? HttpHeaderValues.KEEP_ALIVE
                        : HttpHeaderValues.CLOSE);
            }
            return answer.readOnly();
        }
    }

    /** Header names and values in turn, for a {@link ReadOnlyHttpHeaders}. */
    private static final class NameValues implements BiConsumer<String, String> {
        private CharSequence[] pairs;
        private int size;

        NameValues(int expected) {
            pairs = new CharSequence[2 * expected];
        }

        @Override
        public void accept(String name, String value) {
            accept((CharSequence) name, value);
        }

        void accept(CharSequence name, CharSequence value) {
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = name;
            pairs[size++] = value;
        }

        HttpHeaders readOnly() {
            return new ReadOnlyHttpHeaders(false, size == pairs.length ? pairs : Arrays.copyOf(pairs, size));
        }
    }
}
