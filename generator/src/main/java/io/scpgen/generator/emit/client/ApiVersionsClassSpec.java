package io.scpgen.generator.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.scpgen.generator.emit.ClassSpec;
import io.scpgen.generator.emit.Javadocs;
import io.scpgen.generator.emit.Runtime;
import io.scpgen.generator.emit.SdkNames;
import io.scpgen.generator.spec.ApiVersion;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The docs' version table of one service ({@code VirtualServerApiVersions}): each version with its status and
 * supported-until date, which every client's handler is created with, so the runtime can warn about a call through a
 * version past its date.
 */
public final class ApiVersionsClassSpec implements ClassSpec {

    private final List<ApiVersion> versions;
    private final SdkNames names;

    public ApiVersionsClassSpec(List<ApiVersion> versions, SdkNames names) {
        this.versions = List.copyOf(versions);
        this.names = names;
    }

    @Override
    public ClassName className() {
        return names.apiVersions();
    }

    @Override
    public TypeSpec poetSpec() {
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), Runtime.API_VERSION);
        CodeBlock.Builder table = CodeBlock.builder().add("$T.of(", List.class).indent();
        for (int i = 0; i < versions.size(); i++) {
            ApiVersion version = versions.get(i);
            LocalDate until = date(version.supportedUntil());
            table.add("\n$T.of($S, $T.$L, $L)$L", Runtime.API_VERSION, version.version(), Runtime.API_VERSION_STATUS,
                    version.status() == null ? "UNKNOWN" : version.status().name(),
                    until == null ? "null" : CodeBlock.of("$T.of($L, $L, $L)", LocalDate.class, until.getYear(),
                            until.getMonthValue(), until.getDayOfMonth()),
                    i + 1 < versions.size() ? "," : "");
        }
        table.unindent().add(")");
        return TypeSpec.classBuilder(className()).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The API versions the docs document for the $L API, as generated: compare them with the"
                        + " service's live\nlist, {@code apiVersions()} of a client.\n",
                        Javadocs.escape(names.serviceTitle()))
                .addField(FieldSpec.builder(list, "DOCUMENTED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(table.build()).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("documented").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(list)
                        .addJavadoc("{@return the documented versions, oldest first, with status and supported-until"
                                + " date}\n")
                        .addStatement("return DOCUMENTED").build())
                .build();
    }

    /** The docs' date, or null when there is none or it is not an ISO date (the runtime then never warns). */
    private static LocalDate date(String supportedUntil) {
        try {
            return supportedUntil == null ? null : LocalDate.parse(supportedUntil);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
