package io.sellercenter.accesstokens.domain.shared;

/**
 * A value given from outside breaks a business rule. Names the offending field so that callers can point at it;
 * the reason is safe to show to the user and never contains a secret.
 */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }
}
