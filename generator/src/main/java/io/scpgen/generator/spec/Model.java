package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * A model: a JSON object type the docs name.
 *
 * @param origin         {@code defined} by a model table, or {@code inferred} from an example response
 * @param variantOf      for {@code XV1Dot2}: {@code X}
 * @param variantVersion for {@code XV1Dot2}: {@code 1.2}
 * @param variantChanges how the variant differs from {@code variantOf}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Model(String name, String origin, Source source, String variantOf, String variantVersion,
                    List<FieldChange> variantChanges, List<Field> fields) {

    public static final String DEFINED = "defined";
    public static final String INFERRED = "inferred";

    public Model {
        variantChanges = variantChanges == null ? List.of() : List.copyOf(variantChanges);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public Optional<Field> field(String jsonName) {
        return fields.stream().filter(f -> f.name().equals(jsonName)).findFirst();
    }

    public Model withVariant(String base, String version, List<FieldChange> changes) {
        return new Model(name, origin, source, base, version, changes, fields);
    }
}
