package io.scpgen.generator.docs;

import io.scpgen.generator.docs.rules.CliValueSplit;
import io.scpgen.generator.docs.rules.EnvironmentRegionRow;
import io.scpgen.generator.docs.rules.ParameterKindPrefix;
import io.scpgen.generator.docs.rules.RequiredMarker;
import io.scpgen.generator.docs.rules.ResponseRowSplit;
import io.scpgen.generator.docs.rules.ServiceVersionRow;
import io.scpgen.generator.docs.rules.VersionLifecycleRow;
import io.scpgen.generator.spec.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tables of the flattened layout, where an HTML table's cells were printed without separators. A table is known by
 * its header line (the column names run together: {@code TypeNameDescriptionSchemaDefault}); its rows are split
 * into cells by the column grammar, one named rule per table shape.
 */
final class FlattenedTableRecognizer implements TableRecognizer {

    private final List<TableLayout> layouts;

    FlattenedTableRecognizer(List<TableLayout> layouts) {
        this.layouts = List.copyOf(layouts);
    }

    boolean isHeader(String line) {
        return TableLayout.forFlattenedHeader(line, layouts).isPresent();
    }

    @Override
    public boolean startsAt(List<String> lines, int index) {
        return isHeader(lines.get(index));
    }

    @Override
    public Optional<Found> tableAt(SourceDocument document, int index, Diagnostics diagnostics) {
        Optional<TableLayout> layout = TableLayout.forFlattenedHeader(document.lines().get(index), layouts);
        if (layout.isEmpty()) {
            return Optional.empty();
        }
        List<Block.Row> rows = new ArrayList<>();
        int next = layout.get().multiLineRows()
                ? readMultiLineRows(document, index + 1, layout.get(), rows, diagnostics)
                : readSingleLineRows(document, index + 1, layout.get(), rows, diagnostics);
        return Optional.of(new Found(new Block.Table(index + 1, layout.get(), layout.get().columns(), rows), next));
    }

    private int readSingleLineRows(SourceDocument document, int start, TableLayout layout, List<Block.Row> rows,
                                   Diagnostics diagnostics) {
        List<String> lines = document.lines();
        int i = start;
        while (i < lines.size() && !lines.get(i).isBlank() && !endsTable(lines, i)) {
            String line = lines.get(i).trim();
            Optional<List<String>> cells = splitSingleLine(layout, line);
            if (cells.isEmpty()) {
                diagnostics.error(document.name(), i + 1, "cannot read this " + describe(layout) + " row '" + line
                        + "': expected " + expectation(layout));
            }
            rows.add(new Block.Row(i + 1, cells.orElse(List.of(line))));
            i++;
        }
        return i;
    }

    private static Optional<List<String>> splitSingleLine(TableLayout layout, String line) {
        return switch (layout) {
            case RESPONSES -> ResponseRowSplit.split(line).map(c -> List.of(c.status(), c.description(), c.schema()));
            case VERSION_LIFECYCLE -> VersionLifecycleRow.split(line).map(c -> List.of(c.version(), c.date()));
            case SERVICE_VERSIONS -> ServiceVersionRow.split(line).map(ServiceVersionRow.Cells::cells);
            case ENVIRONMENTS -> EnvironmentRegionRow.split(line).map(c -> List.of(c.environment(), c.region()));
            case CLI_FIELDS -> CliValueSplit.splitFieldRow(line)
                    .map(c -> List.of(c.name(), c.description(), c.example()));
            default -> Optional.empty();
        };
    }

    /**
     * Multi-line rows: each starts at a name line followed by {@code required}/{@code optional}
     * ({@link RequiredMarker}); the last non-blank line holds the schema (and default), the lines between are the
     * description cell.
     */
    private int readMultiLineRows(SourceDocument document, int start, TableLayout layout, List<Block.Row> rows,
                                  Diagnostics diagnostics) {
        List<String> lines = document.lines();
        int i = start;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i < lines.size() && !RequiredMarker.startsRow(lines, i) && !endsTable(lines, i)) {
            diagnostics.error(document.name(), i + 1, "cannot read this " + describe(layout) + " row '"
                    + lines.get(i).trim() + "': expected a name line followed by 'required' or 'optional'");
        }
        while (i < lines.size() && RequiredMarker.startsRow(lines, i) && !endsTable(lines, i)) {
            int rowStart = i;
            i += 2;
            List<String> body = new ArrayList<>();
            while (i < lines.size() && !RequiredMarker.startsRow(lines, i) && !endsTable(lines, i)) {
                body.add(lines.get(i).trim());
                i++;
            }
            rows.add(new Block.Row(rowStart + 1, multiLineCells(layout, lines.get(rowStart).trim(),
                    lines.get(rowStart + 1).trim(), body)));
        }
        return i;
    }

    private static List<String> multiLineCells(TableLayout layout, String nameLine, String marker, List<String> body) {
        List<String> text = new ArrayList<>(body.stream().filter(l -> !l.isEmpty()).toList());
        String last = text.isEmpty() ? "" : text.remove(text.size() - 1);
        String description = String.join("\n", text);
        Optional<SchemaGrammar.Parsed> schema = SchemaGrammar.parsePrefix(last);
        String schemaCell = schema.map(SchemaGrammar.Parsed::schema).orElse(last);
        String rest = schema.map(SchemaGrammar.Parsed::rest).orElse("");
        return switch (layout) {
            case PARAMETERS -> {
                Optional<ParameterKindPrefix.KindAndName> kind = ParameterKindPrefix.split(nameLine);
                yield List.of(kind.map(ParameterKindPrefix.KindAndName::kind).orElse(""),
                        kind.map(ParameterKindPrefix.KindAndName::name).orElse(nameLine) + " " + marker,
                        description, schemaCell, rest);
            }
            case CLI_OPTIONS -> {
                CliValueSplit.Cells cells = CliValueSplit.split(rest);
                yield List.of(nameLine + " " + marker, schemaCell,
                        join(description, cells.description()), cells.example());
            }
            default -> List.of(nameLine + " " + marker, description, schemaCell, rest);
        };
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + "\n" + second;
    }

    private boolean endsTable(List<String> lines, int index) {
        String trimmed = lines.get(index).trim();
        return LineShapes.startsPart(trimmed) || LineShapes.startsStatus(lines, index) || isHeader(trimmed);
    }

    private static String describe(TableLayout layout) {
        return layout.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String expectation(TableLayout layout) {
        return switch (layout) {
            case RESPONSES -> "a status code, a reason phrase and a schema, as in '200OKImageListResponse'";
            case VERSION_LIFECYCLE -> "a version and a date or '-', as in '1.120260531'";
            case SERVICE_VERSIONS -> "a version, a status and a date, as in '1.0DEPRECATED20251231'";
            case ENVIRONMENTS -> "an environment and a region, as in 'skr-west1'";
            case CLI_FIELDS -> "a field name, a description and an example, as in 'created_at생성일시2025-07-22T09:00:00Z'";
            default -> "a row of the " + describe(layout) + " table";
        };
    }
}
