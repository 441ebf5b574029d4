package io.scpgen.runtime;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rule: a name that says it holds a secret ({@code password}, {@code auth_key}, {@code secret}, {@code token}...) has
 * a value that is never shown. The generator masks such members in {@code toString}, the wire log masks such JSON
 * fields and headers: one rule, so the two never drift.
 */
public final class SensitiveNames {

    private static final Pattern SECRET = Pattern.compile("password|passwd|secret|token|private_key|auth_key|credential");

    private SensitiveNames() {
    }

    /**
     * Whether a JSON field or header of this name holds a secret; case does not matter.
     *
     * @param name a JSON field name such as {@code admin_password}, or a header name
     * @return true when its value must be masked
     */
    public static boolean isSensitive(String name) {
        return SECRET.matcher(name.toLowerCase(Locale.ROOT)).find();
    }
}
