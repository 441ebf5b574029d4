package io.scpgen.generator.emit.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.scpgen.generator.emit.ClassSpec;
import io.scpgen.generator.emit.EnumScope;
import io.scpgen.generator.emit.JavaNames;
import io.scpgen.generator.emit.Javadocs;
import io.scpgen.generator.emit.Runtime;
import io.scpgen.generator.emit.TypeMapper;
import io.scpgen.generator.emit.ValueMethods;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.FieldChange;
import io.scpgen.generator.spec.Model;
import io.scpgen.runtime.SensitiveNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * A model as an immutable class: private final fields, accessors carrying the docs' JSON names, a builder that
 * checks required fields, value equality, and a {@code toString} that masks secrets. Jackson reads it through a
 * creator that does not check required fields, so a lenient server response still parses.
 */
public final class ModelClassSpec implements ClassSpec {

    private static final String JACKSON = "com.fasterxml.jackson.annotation";
    private static final Set<String> RESERVED = Set.of("builder", "toBuilder", "equals", "hashCode", "toString",
            "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "build");

    private final Model model;
    private final ClassName className;
    private final TypeMapper types;
    private final List<String> versions;
    private final List<String> memberNames;

    /**
     * @param versions the API versions whose operations use this model, oldest first
     */
    public ModelClassSpec(Model model, TypeMapper types, List<String> versions) {
        this.model = model;
        this.className = types.model(model.name());
        this.types = types;
        this.versions = List.copyOf(versions);
        this.memberNames = memberNames(model);
    }

    /** The accessor of {@code field} in the class generated for {@code model}. */
    public static String memberName(Model model, String field) {
        List<String> fields = model.fields().stream().map(Field::name).toList();
        return memberNames(model).get(fields.indexOf(field));
    }

    private static List<String> memberNames(Model model) {
        return JavaNames.uniqueMembers(model.fields().stream().map(Field::name).toList(), RESERVED);
    }

    @Override
    public ClassName className() {
        return className;
    }

    @Override
    public TypeSpec poetSpec() {
        EnumScope enums = new EnumScope(className, Set.of("Builder"));
        List<Member> fields = new ArrayList<>();
        for (Field field : model.fields()) {
            fields.add(new Member(field, memberNames.get(fields.size()),
                    types.javaType(field.type(), enums, field.name())));
        }
        ClassName builderName = className.nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", classJavadoc())
                // Jackson's settings for every model, in one annotation of the runtime: non-null fields, unknown ignored
                .addAnnotation(Runtime.MODEL);
        for (Member m : fields) {
            type.addField(FieldSpec.builder(m.type, m.name, Modifier.PRIVATE, Modifier.FINAL).build());
        }
        type.addMethod(creator(fields));
        for (Member m : fields) {
            type.addMethod(accessor(m));
        }
        type.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("{@return a builder for a new {@code $L}}\n", className.simpleName())
                .returns(builderName).addStatement("return new $T()", builderName).build());
        List<ValueMethods.Member> values = fields.stream()
                .map(m -> new ValueMethods.Member(m.name, SensitiveNames.isSensitive(m.field.name()))).toList();
        type.addMethod(ValueMethods.toBuilder(builderName, values));
        type.addMethod(ValueMethods.equalsMethod(className, values));
        type.addMethod(ValueMethods.hashCodeMethod(values));
        type.addMethod(ValueMethods.toStringMethod(className, values));
        type.addTypes(enums.enums());
        type.addType(new ModelBuilderSpec(className, builderName, fields.stream()
                .map(m -> new ModelBuilderSpec.Property(m.field.name(), m.name, m.type, m.field.required())).toList())
                .poetSpec());
        return type.build();
    }

    private record Member(Field field, String name, TypeName type) {
    }

    private String classJavadoc() {
        StringBuilder doc = new StringBuilder("Model {@code ").append(model.name()).append("} of the API.\n");
        if (!versions.isEmpty()) {
            doc.append("\n<p>Used by API versions ").append(String.join(", ", versions)).append(".\n");
        }
        if (Model.INFERRED.equals(model.origin())) {
            doc.append("\n<p>No model table in the docs defines it: it was inferred from an example response");
            if (model.source() != null) {
                doc.append(" (").append(Javadocs.escape(model.source().file())).append(':')
                        .append(model.source().line()).append(')');
            }
            doc.append(".\n");
        }
        if (model.variantOf() != null) {
            doc.append("\n<p>The ").append(model.variantVersion()).append(" shape of {@link ").append(model.variantOf())
                    .append("}");
            if (model.variantChanges().isEmpty()) {
                doc.append(", with the same fields.\n");
            } else {
                doc.append(". It differs by:\n<ul>\n");
                for (FieldChange change : model.variantChanges()) {
                    doc.append("  <li>{@code ").append(Javadocs.escape(change.path())).append("} ").append(change.change())
                            .append(change.detail().isEmpty() ? "" : " (" + Javadocs.escape(change.detail()) + ")")
                            .append("</li>\n");
                }
                doc.append("</ul>\n");
            }
        }
        return doc.toString();
    }

    /** The creator Jackson reads JSON through: every field by its JSON name, none checked. */
    private MethodSpec creator(List<Member> fields) {
        MethodSpec.Builder creator = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addAnnotation(ClassName.get(JACKSON, "JsonCreator"));
        for (Member m : fields) {
            creator.addParameter(ParameterSpec.builder(m.type, m.name)
                    .addAnnotation(jsonProperty(m.field.name())).build());
            creator.addStatement(Runtime.assignment(m.type, m.name));
        }
        return creator.build();
    }

    private MethodSpec accessor(Member m) {
        Field field = m.field;
        String description = field.description() == null || field.description().isBlank()
                ? "The {@code " + Javadocs.escape(field.name()) + "} field." : Javadocs.escape(field.description());
        return MethodSpec.methodBuilder(m.name).addModifiers(Modifier.PUBLIC).returns(m.type)
                .addAnnotation(jsonProperty(field.name()))
                .addJavadoc("$L$L$L\n\n@return the {@code $L} value$L\n", description,
                        field.required() ? "\n<p>Required." : "",
                        Javadocs.details(field.example(), field.constraints(), field.type().nullable()),
                        Javadocs.escape(field.name()),
                        field.required() && !field.type().nullable() ? "" : ", or {@code null} if not set")
                .addStatement("return $N", m.name).build();
    }

    static AnnotationSpec jsonProperty(String jsonName) {
        return AnnotationSpec.builder(ClassName.get(JACKSON, "JsonProperty")).addMember("value", "$S", jsonName).build();
    }
}
