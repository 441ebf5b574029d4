package io.scpgen.generator.openapi;

import io.scpgen.generator.spec.BoundedName;

/**
 * Names of {@code components/schemas} entries. OpenAPI allows {@code [a-zA-Z0-9.\-_]} in component keys: a model
 * name keeps those characters and every other one becomes {@code _}, so a {@code $ref} always resolves to the key
 * the components section uses for the same model. Keys are bounded ({@link BoundedName}) as Java names are: tools
 * make class names of them.
 */
final class ComponentNames {

    static final String SCHEMAS = "#/components/schemas/";

    private ComponentNames() {
    }

    static String key(String modelName) {
        StringBuilder key = new StringBuilder(modelName.length());
        modelName.codePoints().forEach(c -> key.append(isAllowed(c) ? Character.toString(c) : "_"));
        return key.length() == 0 ? "_" : BoundedName.of(key.toString());
    }

    static String ref(String modelName) {
        return SCHEMAS + key(modelName);
    }

    private static boolean isAllowed(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '-' || c == '_';
    }
}
