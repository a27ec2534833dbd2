package io.sellercenter.accesstokens.adapter.web.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes the breaking-change guard reports that break no consumer, each with why: {@value #FILE}. An entry is
 * the change exactly as the guard words it, on a line of its own, then its reason on indented lines below. The
 * usual reason is that the contract now documents a rule the server always enforced (a consumer who broke it got a 400
 * before, and gets one now); the end-to-end tests and the request fuzz test hold the server to every such rule.
 */
final class CompatibilityNotes {
    static final String FILE = "api/compatibility-notes.txt";
    private final Map<String, String> reasons;

    private CompatibilityNotes(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    static CompatibilityNotes read() throws IOException {
        Map<String, String> reasons = new LinkedHashMap<>();
        String change = null;
        for (String line : Files.readAllLines(Path.of("..").resolve(FILE))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                if (change == null) {
                    throw new IllegalStateException(FILE + ": a reason before any change: " + line);
                }
                reasons.merge(change, line.strip(), (a, b) -> a + " " + b);
            } else {
                change = line.strip();
                if (reasons.put(change, "") != null) {
                    throw new IllegalStateException(FILE + ": listed twice: " + change);
                }
            }
        }
        reasons.forEach((listed, why) -> {
            if (why.isBlank()) {
                throw new IllegalStateException(FILE + ": no reason given for: " + listed);
            }
        });
        return new CompatibilityNotes(reasons);
    }

    boolean explains(String change) {
        return reasons.containsKey(change);
    }

    List<String> changes() {
        return List.copyOf(reasons.keySet());
    }
}
