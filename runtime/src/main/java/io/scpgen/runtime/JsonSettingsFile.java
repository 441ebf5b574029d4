package io.scpgen.runtime;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One JSON object of settings read from a file: its values by key, each checked for the type the key needs. Unknown
 * keys are ignored, and a missing, {@code null} or blank value counts as unset (SCP's tools write empty strings for
 * settings left out). Errors name the file and the key; in a file that holds secrets they never quote the content.
 */
final class JsonSettingsFile {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final Path file;
    private final JsonNode root;
    private final boolean holdsSecrets;

    private JsonSettingsFile(Path file, JsonNode root, boolean holdsSecrets) {
        this.file = file;
        this.root = root;
        this.holdsSecrets = holdsSecrets;
    }

    /**
     * Reads {@code file}, or returns empty when it does not exist.
     *
     * @param example      a JSON object of the expected shape, for the error messages
     * @param holdsSecrets whether messages must not quote the file's content
     * @throws ScpConfigFileException when the file cannot be read or is not one JSON object
     */
    static Optional<JsonSettingsFile> readIfPresent(Path file, String example, boolean holdsSecrets) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ScpConfigFileException(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            // Jackson quotes the token it stopped at, which in the credentials file may be the secret
            String why = holdsSecrets ? "" : " (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")";
            throw new ScpConfigFileException(file, "not valid JSON" + where + why + ": expected a JSON object such as "
                    + example);
        } catch (IOException e) {
            throw new ScpConfigFileException(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw new ScpConfigFileException(file, "is empty: expected a JSON object such as " + example);
        }
        if (!root.isObject()) {
            throw new ScpConfigFileException(file, "expected a JSON object such as " + example + ", found "
                    + kind(root));
        }
        return Optional.of(new JsonSettingsFile(file, root, holdsSecrets));
    }

    Path file() {
        return file;
    }

    /** The text of {@code key} without surrounding space (a pasted line end would break every signature). */
    Optional<String> string(String key) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw problem(key, "expected a string", value);
        }
        return Optional.of(value.textValue().trim()).filter(text -> !text.isEmpty());
    }

    /** A whole number of at least {@code minimum}, written as a JSON number or as a string of digits. */
    OptionalInt wholeNumber(String key, int minimum, String example) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull() || value.isTextual() && value.textValue().isBlank()) {
            return OptionalInt.empty();
        }
        String expected = "expected a whole number of at least " + minimum + " (e.g. " + example + ")";
        if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= minimum) {
            return OptionalInt.of(value.intValue());
        }
        if (value.isTextual() && value.textValue().trim().matches("\\d{1,9}")) {
            int number = Integer.parseInt(value.textValue().trim());
            if (number >= minimum) {
                return OptionalInt.of(number);
            }
        }
        throw problem(key, expected, value);
    }

    /** A flag, written as {@code true}/{@code false} or as the string {@code "true"}/{@code "false"}. */
    Optional<Boolean> flag(String key) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull() || value.isTextual() && value.textValue().isBlank()) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue());
        }
        if (value.isTextual() && value.textValue().trim().matches("true|false")) {
            return Optional.of(Boolean.parseBoolean(value.textValue().trim()));
        }
        throw problem(key, "expected true or false", value);
    }

    /** An error about the value of {@code key}. */
    ScpConfigFileException problem(String key, String expected) {
        return new ScpConfigFileException(file, key + ": " + expected);
    }

    private ScpConfigFileException problem(String key, String expected, JsonNode found) {
        String text = found.toString();
        return problem(key, expected + ", found " + (holdsSecrets ? kind(found)
                : text.length() <= 40 ? text : text.substring(0, 40) + "..."));
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
