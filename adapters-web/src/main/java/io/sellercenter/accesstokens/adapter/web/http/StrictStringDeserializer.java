package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Text fields of a request take JSON strings only, and only text: no control characters (NUL included) and no lone
 * UTF-16 surrogates, which no database column can keep as given. Checked here, at the edge, before anything else
 * reads the value; the refusal names the field. Left to itself, the decoder turns {@code 123} or {@code true} into
 * the text "123" or "true"; a wrong type is a client's mistake to report, not to paper over.
 */
@Singleton
class StrictStringDeserializer implements Deserializer<String> {
    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        Object value = decoder.decodeArbitrary();
        if (!(value instanceof String text)) {
            throw decoder.createDeserializationException("expected a JSON string", null);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidInput(type.getName(), "must not contain control characters");
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    throw new InvalidInput(type.getName(), "must be Unicode text: a lone surrogate is not a character");
                }
            }
        }
        return text;
    }
}
