package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Text fields of a request take JSON strings only. Left to itself, the decoder turns {@code 123} or {@code true} into
 * the text "123" or "true"; a wrong type is a client's mistake to report, not to paper over.
 */
@Singleton
class StrictStringDeserializer implements Deserializer<String> {
    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof String text) {
            return text;
        }
        throw decoder.createDeserializationException("expected a JSON string", null);
    }
}
