package io.sellercenter.accesstokens.adapter.web.http;

import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
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
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Answers liveness probes ahead of Micronaut's request pipeline, on each HTTP/1 connection's event loop: a kubelet
 * probes every pod every few seconds, and routing a constant answer through the framework's filters, router and
 * response encoding cost twice the CPU of Micronaut's own bare route. The answer is {@link LivenessController}'s, with
 * what the filters would have given it: the {@code Date} and hardening headers of {@link ResponseHeadersFilter}, a
 * request id as {@link RequestLogFilter} makes it, and one sample of the {@code http.server.requests} timer of the
 * route. Nothing is logged, as health probes never are; the route is anonymous, so no security filter is skipped.
 *
 * <p>Only a plain probe is taken: a {@code GET} of the path (with or without a query) that announces no body (a
 * {@code Content-Length} of 0 is none), on a connection with no earlier request still unanswered, since HTTP/1
 * answers in the order asked, and whose answers are being read: a client that sends probes and reads no answers gets
 * the rest through Micronaut, which then stops reading from it, instead of this handler queuing answers for it without
 * end. Anything else goes on to Micronaut, and to the controller, which stays the reference.
 * With a management port, neither is on the main port.
 */
@Singleton
@Requires(missingProperty = "endpoints.all.port")
class LivenessProbes implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
    private static final String HANDLER = "access-tokens-liveness-probes";
    private static final String PATH_AND_QUERY = LivenessController.PATH + "?";

    private final ResponseHeadersFilter headers;
    private final Timer timer;
    private final ByteBuf up = Unpooled.unreleasableBuffer(
            Unpooled.wrappedBuffer(LivenessController.UP.getBytes(StandardCharsets.US_ASCII)).asReadOnly());

    LivenessProbes(ResponseHeadersFilter headers, RequestLogFilter requests) {
        this.headers = headers;
        this.timer = requests.timer("GET", LivenessController.PATH, 200);
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new OnEveryConnection());
        return event.getBean();
    }

    private static boolean isPlainProbe(HttpRequest request) {
        String uri = request.uri();
        return request.method() == HttpMethod.GET && request.decoderResult().isSuccess()
                && (uri.equals(LivenessController.PATH) || uri.startsWith(PATH_AND_QUERY)) && announcesNoBody(request);
    }

    private static boolean announcesNoBody(HttpRequest request) {
        String length = request.headers().get(HttpHeaderNames.CONTENT_LENGTH);
        return (length == null || length.equals("0")) && !HttpUtil.isTransferEncodingChunked(request);
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

    /** One connection's: takes plain probes, counts the requests it hands on until their answers have gone out. */
    private final class Answering extends ChannelDuplexHandler {
        private int unanswered;
        private boolean inAnsweredProbe;
        private boolean flushPending;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (inAnsweredProbe) {
                inAnsweredProbe = !(message instanceof LastHttpContent);
                ReferenceCountUtil.release(message);
                return;
            }
            if (message instanceof HttpRequest request) {
                if (unanswered == 0 && ctx.channel().isWritable() && isPlainProbe(request)) {
                    answer(ctx, request);
                    inAnsweredProbe = !(message instanceof LastHttpContent);
                    ReferenceCountUtil.release(message);
                    return;
                }
                unanswered++;
            }
            ctx.fireChannelRead(message);
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

        private void answer(ChannelHandlerContext ctx, HttpRequest request) {
            long started = System.nanoTime();
            FullHttpResponse response = new DefaultFullHttpResponse(request.protocolVersion(), HttpResponseStatus.OK,
                    up.duplicate());
            HttpHeaders answer = response.headers();
            headers.addTo(LivenessController.PATH, answer::set);
            answer.set(RequestLogFilter.HEADER,
                    RequestLogFilter.requestId(request.headers().get(RequestLogFilter.HEADER)));
            answer.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
            answer.setInt(HttpHeaderNames.CONTENT_LENGTH, up.readableBytes());
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            HttpUtil.setKeepAlive(response, keepAlive);
            if (keepAlive) {
                ctx.write(response, ctx.voidPromise());
                flushPending = true;
            } else {
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            }
            timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }
}
