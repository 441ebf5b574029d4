package io.scpgen.generator.emit;

import java.util.Locale;
import java.util.regex.Pattern;

/** Rule: a member whose JSON name says it holds a secret ({@code password}, {@code auth_key}...) is masked in toString. */
public final class SensitiveNames {

    private static final Pattern SECRET = Pattern.compile("password|passwd|secret|token|private_key|auth_key|credential");

    private SensitiveNames() {
    }

    public static boolean isSensitive(String jsonName) {
        return SECRET.matcher(jsonName.toLowerCase(Locale.ROOT)).find();
    }
}
