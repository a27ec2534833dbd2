package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.domain.account.NewPassword;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast stand-in for the slow hash, for tests only: salted and encoded, never the plain password, and it records every
 * hash it is asked to check against and counts those it makes.
 */
public final class FastPasswordHasher implements PasswordHasher {
    private static final String PREFIX = "fake$";
    private final List<String> checkedHashes = new ArrayList<>();
    private final AtomicInteger hashesMade = new AtomicInteger();

    @Override
    public String hash(NewPassword password) {
        hashesMade.incrementAndGet();
        String salt = UUID.randomUUID().toString().substring(0, 8);
        return PREFIX + salt + "$" + encode(salt + password.text());
    }

    @Override
    public synchronized boolean matches(CharSequence password, String hash) {
        checkedHashes.add(hash);
        String[] parts = hash == null ? new String[0] : hash.split("\\$", -1);
        return parts.length == 3 && (parts[0] + "$").equals(PREFIX) && parts[2].equals(encode(parts[1] + password));
    }

    /** The hashes checked against, in order. */
    public synchronized List<String> checkedHashes() {
        return List.copyOf(checkedHashes);
    }

    /** How many hashes were made. */
    public int hashesMade() {
        return hashesMade.get();
    }

    private static String encode(String text) {
        return Base64.getEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
