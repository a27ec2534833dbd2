package io.sellercenter.accesstokens.domain.audit;

/**
 * Where a request came from, for the audit trail and a token's last use: the client's address and its user agent
 * (cut to 255 characters, control characters removed). Either may be unknown ({@code null}).
 */
public record RequestOrigin(String clientIp, String userAgent) {
    public static final int MAX_USER_AGENT = 255;

    public RequestOrigin {
        clientIp = clientIp == null || clientIp.isBlank() ? null : clientIp.strip();
        if (userAgent != null) {
            userAgent = userAgent.codePoints().filter(c -> !Character.isISOControl(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
            userAgent = userAgent.isEmpty() ? null
                    : userAgent.substring(0, Math.min(userAgent.length(), MAX_USER_AGENT));
        }
    }

    public static RequestOrigin unknown() {
        return new RequestOrigin(null, null);
    }
}
