package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * Argon2id through Bouncy Castle, with OWASP's minimum settings (19 MiB, 2 passes, 1 lane). The hash is a PHC string
 * that carries its own parameters, so stronger settings later still verify older hashes.
 *
 * <p>Argon2's memory is its defence, and on the JVM it is a burden for the collector: each hash fills 19 MiB of 1 KiB
 * blocks that live for the whole hash, outlast the young collections the token checks cause meanwhile, and reach the
 * old generation as garbage. Under a sign-in flood that grew the heap to its limit (peak RSS 414 MiB with the container
 * flags). So each thread that hashes keeps one hash's blocks at the configured cost: made by its first hash, cleared
 * after each, and reused by every hash after. They go with the thread: {@link PasswordWork}'s workers end once idle,
 * so a node that signs no one in for a while holds no blocks (kept for good, they were a fifth of the old generation of
 * a node at {@code -Xmx256m} and set off a marking cycle at nearly every young collection). Every hash the service
 * makes runs on those workers ({@link PasswordWork#bound}); a long-lived thread that hashed through this class
 * directly would keep its blocks for its life.
 */
final class Argon2PasswordHasher implements PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private final Costs costs;
    private final ThreadLocal<Argon2BytesGenerator.BlockPool> blocks;
    private final SecureRandom random = new SecureRandom();

    Argon2PasswordHasher(int memoryKib, int iterations) {
        if (memoryKib < 8 || memoryKib > Costs.MAX_MEMORY_KIB || iterations < 1 || iterations > Costs.MAX_ITERATIONS) {
            throw new IllegalArgumentException("access-tokens.passwords.argon2-memory-kib must be from 8 to "
                    + Costs.MAX_MEMORY_KIB + " and access-tokens.passwords.argon2-iterations from 1 to "
                    + Costs.MAX_ITERATIONS);
        }
        this.costs = new Costs(memoryKib, iterations, 1);
        int blockCount = Argon2BytesGenerator.getBlockCount(memoryKib, 1);
        this.blocks = ThreadLocal.withInitial(() -> new Argon2BytesGenerator.FixedBlockPool(blockCount));
    }

    /** The blocks this thread's hashes take and give back. */
    Argon2BytesGenerator.BlockPool blocksOfThisThread() {
        return blocks.get();
    }

    @Override
    public String hash(NewPassword password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Phc made = new Phc("argon2id", Argon2Parameters.ARGON2_VERSION_13, costs, salt, new byte[HASH_BYTES]);
        derive(password.text(), made);
        return made.toString();
    }

    @Override
    public boolean matches(CharSequence password, String hash) {
        try {
            Phc stored = Phc.parse(hash);
            Phc computed = new Phc(stored.type(), stored.version(), stored.costs(), stored.salt(),
                    new byte[stored.hash().length]);
            derive(password, computed);
            return MessageDigest.isEqual(stored.hash(), computed.hash());
        } catch (RuntimeException unreadableHash) {
            return false;
        }
    }

    /** Fills {@code into}'s hash with the password's, by {@code into}'s settings and salt. */
    private void derive(CharSequence password, Phc into) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        Argon2Parameters parameters = new Argon2Parameters.Builder(Phc.TYPES.get(into.type()))
                .withVersion(into.version()).withMemoryAsKB(into.costs().memoryKib())
                .withIterations(into.costs().iterations()).withParallelism(into.costs().lanes())
                .withSalt(into.salt()).withBlockPool(blocks.get()).build();
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            generator.generateBytes(bytes, into.hash());
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Argon2's cost parameters: memory in KiB, passes, lanes. */
    private record Costs(int memoryKib, int iterations, int lanes) {
        static final int MAX_MEMORY_KIB = 1 << 20;
        static final int MAX_ITERATIONS = 100;

        /** More than 1 GiB, 100 passes or 16 lanes is no hash this service made: reading one must not cost that. */
        Costs {
            if (lanes < 1 || lanes > 16 || memoryKib < 8 * lanes || memoryKib > MAX_MEMORY_KIB || iterations < 1
                    || iterations > MAX_ITERATIONS) {
                throw new IllegalArgumentException("costs out of range");
            }
        }
    }

    /**
     * A hash as the reference implementation writes it: {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, salt and
     * hash in Base64 without padding.
     */
    private record Phc(String type, int version, Costs costs, byte[] salt, byte[] hash) {
        static final Map<String, Integer> TYPES = Map.of("argon2d", Argon2Parameters.ARGON2_d,
                "argon2i", Argon2Parameters.ARGON2_i, "argon2id", Argon2Parameters.ARGON2_id);

        Phc {
            if (!TYPES.containsKey(type) || (version != Argon2Parameters.ARGON2_VERSION_10
                    && version != Argon2Parameters.ARGON2_VERSION_13) || salt.length < 8 || hash.length < 16) {
                throw new IllegalArgumentException("not an Argon2 hash");
            }
        }

        static Phc parse(String text) {
            String[] parts = text.split("\\$", -1);
            String[] costs = parts.length == 6 && parts[0].isEmpty() ? parts[3].split(",", -1) : new String[0];
            if (costs.length != 3) {
                throw new IllegalArgumentException("not a PHC string");
            }
            return new Phc(parts[1], number(parts[2], "v"), new Costs(number(costs[0], "m"), number(costs[1], "t"),
                    number(costs[2], "p")), Base64.getDecoder().decode(parts[4]), Base64.getDecoder().decode(parts[5]));
        }

        private static int number(String field, String name) {
            if (!field.startsWith(name + "=")) {
                throw new IllegalArgumentException("expected " + name);
            }
            return Integer.parseInt(field.substring(name.length() + 1));
        }

        @Override
        public String toString() {
            Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
            return "$" + type + "$v=" + version + "$m=" + costs.memoryKib() + ",t=" + costs.iterations() + ",p="
                    + costs.lanes() + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
        }
    }
}
