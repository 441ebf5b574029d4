package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What one API version of an operation looks like.
 *
 * @param responseExamples example bodies by status code
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OperationVariant(String version, Lifecycle lifecycle, String description, List<Parameter> parameters,
                               RequestBody requestBody, List<Response> responses, JsonNode requestExample,
                               Map<String, JsonNode> responseExamples, Source source) {

    public OperationVariant {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        responses = responses == null ? List.of() : List.copyOf(responses);
        responseExamples = responseExamples == null ? Map.of() : new TreeMap<>(responseExamples);
    }

    /** Every model its parameters, request body and responses name, in that order (repeats kept). */
    @JsonIgnore
    public Stream<String> referencedModels() {
        return Stream.of(parameters.stream().map(Parameter::type),
                        Stream.ofNullable(requestBody).map(RequestBody::type),
                        responses.stream().map(Response::type))
                .flatMap(types -> types).filter(Objects::nonNull).flatMap(TypeRef::referencedModels)
                .filter(Objects::nonNull);
    }

    /** This variant with another lifecycle: used when newer docs move the version on. */
    public OperationVariant withLifecycle(Lifecycle value) {
        return new OperationVariant(version, value, description, parameters, requestBody, responses, requestExample,
                responseExamples, source);
    }
}
