package io.scpgen.generator.diff;

import static io.scpgen.generator.diff.ChangeSeverity.BREAKING;
import static io.scpgen.generator.diff.ChangeSeverity.INFO;
import static io.scpgen.generator.diff.ChangeSeverity.WARNING;
import static io.scpgen.generator.diff.ChangeSubject.COVERAGE;
import static io.scpgen.generator.diff.ChangeSubject.DOCUMENTATION;
import static io.scpgen.generator.diff.ChangeSubject.LIFECYCLE;
import static io.scpgen.generator.diff.ChangeSubject.SHAPE;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What kind of change a rule found; each kind has one severity and one subject, so neither depends on anything but
 * the kind. The ids ({@code field-removed}) are part of the JSON report's schema.
 */
public enum ChangeKind {
    // services, between snapshots of docs that hold several
    SERVICE_ADDED(INFO, COVERAGE),
    SERVICE_REMOVED(BREAKING, COVERAGE),

    // service versions and operations
    API_VERSION_ADDED(INFO, COVERAGE),
    API_VERSION_REMOVED(BREAKING, COVERAGE),
    VERSION_PARTIALLY_DOCUMENTED(WARNING, COVERAGE),
    OPERATION_ADDED(INFO, COVERAGE),
    OPERATION_REMOVED(BREAKING, COVERAGE),
    OPERATION_VERSION_ADDED(INFO, COVERAGE),
    OPERATION_VERSION_REMOVED(BREAKING, COVERAGE),
    CURRENT_VERSION_CHANGED(INFO, COVERAGE),

    // lifecycle of a version, service-wide or of one operation
    VERSION_DEPRECATED(WARNING, LIFECYCLE),
    SUPPORTED_UNTIL_SET(WARNING, LIFECYCLE),
    SUPPORTED_UNTIL_EARLIER(WARNING, LIFECYCLE),
    // a PLANNED version now callable: a regenerate signal, nothing breaks
    VERSION_RELEASED(INFO, LIFECYCLE),
    LIFECYCLE_CHANGED(INFO, LIFECYCLE),

    // parameters
    PARAMETER_ADDED(INFO, SHAPE),
    REQUIRED_PARAMETER_ADDED(BREAKING, SHAPE),
    PARAMETER_REMOVED(BREAKING, SHAPE),
    PARAMETER_BECAME_REQUIRED(BREAKING, SHAPE),
    PARAMETER_BECAME_OPTIONAL(INFO, SHAPE),

    // request body
    REQUEST_BODY_ADDED(INFO, SHAPE),
    REQUIRED_REQUEST_BODY_ADDED(BREAKING, SHAPE),
    REQUEST_BODY_REMOVED(BREAKING, SHAPE),
    REQUEST_BODY_BECAME_REQUIRED(BREAKING, SHAPE),
    REQUEST_BODY_BECAME_OPTIONAL(INFO, SHAPE),

    // responses
    RESPONSE_ADDED(INFO, SHAPE),
    RESPONSE_REMOVED(INFO, SHAPE),
    SUCCESS_RESPONSE_REMOVED(BREAKING, SHAPE),
    RESPONSE_BODY_ADDED(INFO, SHAPE),
    RESPONSE_BODY_REMOVED(BREAKING, SHAPE),

    // a request or response body naming another model (a version variant such as ImageListResponseV1Dot2)
    MODEL_REPLACED(INFO, SHAPE),
    MODEL_REPLACED_INCOMPATIBLY(BREAKING, SHAPE),

    // fields of models
    FIELD_ADDED(INFO, SHAPE),
    REQUIRED_REQUEST_FIELD_ADDED(BREAKING, SHAPE),
    FIELD_REMOVED(BREAKING, SHAPE),
    REQUEST_FIELD_BECAME_REQUIRED(BREAKING, SHAPE),
    REQUEST_FIELD_BECAME_OPTIONAL(INFO, SHAPE),
    RESPONSE_FIELD_BECAME_REQUIRED(INFO, SHAPE),
    RESPONSE_FIELD_BECAME_OPTIONAL(BREAKING, SHAPE),

    // types of parameters, fields and bodies
    TYPE_CHANGED(BREAKING, SHAPE),
    FORMAT_CHANGED(BREAKING, SHAPE),
    ENUM_VALUE_ADDED(INFO, SHAPE),
    ENUM_VALUE_REMOVED(BREAKING, SHAPE),
    REQUEST_VALUE_BECAME_NON_NULLABLE(BREAKING, SHAPE),
    REQUEST_VALUE_BECAME_NULLABLE(INFO, SHAPE),
    RESPONSE_VALUE_BECAME_NULLABLE(BREAKING, SHAPE),
    RESPONSE_VALUE_BECAME_NON_NULLABLE(INFO, SHAPE),

    // documentation
    DESCRIPTION_CHANGED(INFO, DOCUMENTATION),
    DEFAULT_CHANGED(INFO, DOCUMENTATION),
    EXAMPLE_CHANGED(INFO, DOCUMENTATION),
    CONSTRAINTS_CHANGED(INFO, DOCUMENTATION),

    // the docs' API version history against the computed changes (between the versions of one spec)
    HISTORY_CHANGE_NOT_FOUND(WARNING, DOCUMENTATION),
    BREAKING_CHANGE_NOT_IN_HISTORY(WARNING, DOCUMENTATION);

    private final ChangeSeverity severity;
    private final ChangeSubject subject;

    ChangeKind(ChangeSeverity severity, ChangeSubject subject) {
        this.severity = severity;
        this.subject = subject;
    }

    public ChangeSeverity severity() {
        return severity;
    }

    public ChangeSubject subject() {
        return subject;
    }

    /** {@code required-parameter-added}: the kind as reports and the JSON schema name it. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
