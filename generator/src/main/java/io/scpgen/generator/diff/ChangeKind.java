package io.scpgen.generator.diff;

import static io.scpgen.generator.diff.ChangeSeverity.BREAKING;
import static io.scpgen.generator.diff.ChangeSeverity.INFO;
import static io.scpgen.generator.diff.ChangeSeverity.WARNING;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What kind of change a rule found; each kind has one severity, so the severity of a change never depends on anything
 * but its kind. The ids ({@code field-removed}) are part of the JSON report's schema.
 */
public enum ChangeKind {
    // services, between snapshots of docs that hold several
    SERVICE_ADDED(INFO),
    SERVICE_REMOVED(BREAKING),

    // service versions and operations
    API_VERSION_ADDED(INFO),
    API_VERSION_REMOVED(BREAKING),
    VERSION_PARTIALLY_DOCUMENTED(WARNING),
    OPERATION_ADDED(INFO),
    OPERATION_REMOVED(BREAKING),
    OPERATION_VERSION_ADDED(INFO),
    OPERATION_VERSION_REMOVED(BREAKING),
    CURRENT_VERSION_CHANGED(INFO),

    // lifecycle of a version, service-wide or of one operation
    VERSION_DEPRECATED(WARNING),
    SUPPORTED_UNTIL_SET(WARNING),
    SUPPORTED_UNTIL_EARLIER(WARNING),
    // a PLANNED version now callable: a regenerate signal, nothing breaks
    VERSION_RELEASED(INFO),
    LIFECYCLE_CHANGED(INFO),

    // parameters
    PARAMETER_ADDED(INFO),
    REQUIRED_PARAMETER_ADDED(BREAKING),
    PARAMETER_REMOVED(BREAKING),
    PARAMETER_BECAME_REQUIRED(BREAKING),
    PARAMETER_BECAME_OPTIONAL(INFO),

    // request body
    REQUEST_BODY_ADDED(INFO),
    REQUIRED_REQUEST_BODY_ADDED(BREAKING),
    REQUEST_BODY_REMOVED(BREAKING),
    REQUEST_BODY_BECAME_REQUIRED(BREAKING),
    REQUEST_BODY_BECAME_OPTIONAL(INFO),

    // responses
    RESPONSE_ADDED(INFO),
    RESPONSE_REMOVED(INFO),
    SUCCESS_RESPONSE_REMOVED(BREAKING),
    RESPONSE_BODY_ADDED(INFO),
    RESPONSE_BODY_REMOVED(BREAKING),

    // a request or response body naming another model (a version variant such as ImageListResponseV1Dot2)
    MODEL_REPLACED(INFO),
    MODEL_REPLACED_INCOMPATIBLY(BREAKING),

    // fields of models
    FIELD_ADDED(INFO),
    REQUIRED_REQUEST_FIELD_ADDED(BREAKING),
    FIELD_REMOVED(BREAKING),
    REQUEST_FIELD_BECAME_REQUIRED(BREAKING),
    REQUEST_FIELD_BECAME_OPTIONAL(INFO),
    RESPONSE_FIELD_BECAME_REQUIRED(INFO),
    RESPONSE_FIELD_BECAME_OPTIONAL(BREAKING),

    // types of parameters, fields and bodies
    TYPE_CHANGED(BREAKING),
    FORMAT_CHANGED(BREAKING),
    ENUM_VALUE_ADDED(INFO),
    ENUM_VALUE_REMOVED(BREAKING),
    REQUEST_VALUE_BECAME_NON_NULLABLE(BREAKING),
    REQUEST_VALUE_BECAME_NULLABLE(INFO),
    RESPONSE_VALUE_BECAME_NULLABLE(BREAKING),
    RESPONSE_VALUE_BECAME_NON_NULLABLE(INFO),

    // documentation
    DESCRIPTION_CHANGED(INFO),
    DEFAULT_CHANGED(INFO),
    EXAMPLE_CHANGED(INFO),
    CONSTRAINTS_CHANGED(INFO),

    // the docs' API version history against the computed changes (between the versions of one spec)
    HISTORY_CHANGE_NOT_FOUND(WARNING),
    BREAKING_CHANGE_NOT_IN_HISTORY(WARNING);

    private final ChangeSeverity severity;

    ChangeKind(ChangeSeverity severity) {
        this.severity = severity;
    }

    public ChangeSeverity severity() {
        return severity;
    }

    /** {@code required-parameter-added}: the kind as reports and the JSON schema name it. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
