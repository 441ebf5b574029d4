package io.scpgen.generator.spec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Rule: a name derived from the docs' text (an operation id from a title, a Java type, member or method name, an
 * OpenAPI schema key) is at most {@link #MAX_LENGTH} characters. A longer name keeps its first characters and ends
 * with {@code _} and the first {@link #HASH_CHARS} hex digits of the SHA-256 of the whole name:
 * <pre>
 * ListImages                          -> ListImages            (64 characters or fewer: as it is)
 * Aaaaaaaaaa... ('A', 9,999 times 'a') -> Aaaaaaaaaa..._b9e6a74a (the first 55 characters, '_', 8 hex digits)
 * </pre>
 * A title line of 10,000 characters would otherwise be a class name, and a file name, no file system takes (most
 * allow 255 bytes). 64 leaves room for the suffixes the SDK adds ({@code Request}, {@code ApiTest}, {@code .java})
 * and reads whole in any listing; no name in the docs comes near it. The digits make two long names that share
 * their start different, and the same name always the same, on any machine and in any locale.
 */
public final class BoundedName {

    /** The longest name, suffix included. */
    public static final int MAX_LENGTH = 64;

    /** Hex digits of the hash in a shortened name: 32 bits, so distinct names share them about once in 4 billion. */
    public static final int HASH_CHARS = 8;

    private BoundedName() {
    }

    /** {@code name} when it has at most {@link #MAX_LENGTH} characters, else its start and the hash of all of it. */
    public static String of(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int keep = MAX_LENGTH - HASH_CHARS - 1;
        if (Character.isHighSurrogate(name.charAt(keep - 1))) {
            keep--; // never half a character
        }
        return name.substring(0, keep) + "_" + hash(name);
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
