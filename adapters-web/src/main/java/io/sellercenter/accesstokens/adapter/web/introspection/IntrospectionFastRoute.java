package io.sellercenter.accesstokens.adapter.web.introspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.sellercenter.accesstokens.adapter.web.http.FastRoute;
import io.sellercenter.accesstokens.adapter.web.http.KeptAnswers;
import io.sellercenter.accesstokens.application.port.in.authentication.AuthenticateAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenCheck;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenPresentation;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;

/**
 * An introspection a gateway makes on every API call it lets through, answered as {@link IntrospectionController}
 * answers it when the answer needs no I/O (the token is remembered, known unknown or malformed): the same client
 * check, form, verdict, body (written once for each remembered token, {@link KeptAnswers}) and {@code Cache-Control}.
 * An introspection is an inquiry, so the verdict is neither audited nor counted, here or there. Anything else goes on
 * to Micronaut's pipeline: a client that fails to authenticate (401), a form it refuses (400), a token it must look
 * up, and a body that is not UTF-8 form-encoding.
 */
@Singleton
class IntrospectionFastRoute implements FastRoute {
    static final String PATH = "/api/v1/oauth/introspect";
    /** Named as Micronaut writes it for the controller: a header's name is case-blind, but clients' logs are not. */
    private static final Map<String, String> HEADERS = Map.of(io.micronaut.http.HttpHeaders.CACHE_CONTROL,
            IntrospectionController.NO_STORE);

    private final AuthenticateAccessTokenUseCase authenticate;
    private final IntrospectionClients clients;
    private final JsonMapper json;
    private final KeptAnswers answers = new KeptAnswers();
    private final FastAnswer inactive;

    IntrospectionFastRoute(AuthenticateAccessTokenUseCase authenticate, IntrospectionClients clients,
                           JsonMapper json) throws IOException {
        this.authenticate = authenticate;
        this.clients = clients;
        this.json = json;
        this.inactive = new FastAnswer(json.writeValueAsBytes(IntrospectionResponse.inactive()), HEADERS);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public HttpMethod method() {
        return HttpMethod.POST;
    }

    @Override
    public @Nullable FastAnswer answer(HttpRequest request, String body, InetSocketAddress peer) {
        HttpHeaders headers = request.headers();
        if (!isUtf8Form(headers.get(HttpHeaderNames.CONTENT_TYPE))
                || !clients.authenticates(headers.get(HttpHeaderNames.AUTHORIZATION))) {
            return null;
        }
        TokenPresentation presentation;
        try {
            presentation = IntrospectionRequest.read(body).presentation();
        } catch (InvalidInput refused) {
            return null;
        }
        Optional<TokenCheck> check = authenticate.checkWithoutIo(presentation);
        if (check.isEmpty()) {
            return null;
        }
        if (!(check.get() instanceof TokenCheck.Valid valid)) {
            return inactive;
        }
        try {
            return answers.answer(valid.token(), null, () -> new FastAnswer(
                    json.writeValueAsBytes(IntrospectionResponse.active(valid.token())), HEADERS));
        } catch (IOException e) {
            return null; // the pipeline writes it, or fails
        }
    }

    /** A form, read as UTF-8, as Micronaut reads it: no charset, or UTF-8's. */
    private static boolean isUtf8Form(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.equalsIgnoreCase(MediaType.APPLICATION_FORM_URLENCODED) && (semicolon < 0
                || contentType.substring(semicolon + 1).strip().replace(" ", "").equalsIgnoreCase("charset=utf-8"));
    }
}
