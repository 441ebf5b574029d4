package io.scpgen.generator.docs;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The table shapes the docs use, each with the headers it appears under (Korean and English labels). Every reader
 * names its tables with these, so the parser never looks at header text.
 */
public enum TableLayout {
    PARAMETERS(true, List.of("Type", "Name", "Description", "Schema", "Default")),
    MODEL_FIELDS(true, List.of("Name", "Description", "Schema", "Default")),
    RESPONSES(false, List.of("HTTP Code", "Description", "Schema")),
    VERSION_LIFECYCLE(false,
            List.of("버전", "최소 지원 보장일"), List.of("Version", "Supported Until"), List.of("Version", "Not Before"),
            List.of("버전", "Supported Until"), List.of("버전", "Not Before")),
    SERVICE_VERSIONS(false,
            List.of("Version", "Status", "Supported Until"), List.of("Version", "State", "Supported Until"),
            List.of("Version", "Status", "Not Before"), List.of("Version", "State", "Not Before"),
            List.of("Version", "Status", "Not Before", "Supported Until"),
            List.of("Version", "State", "Not Before", "Supported Until"),
            List.of("버전", "상태", "최소 지원 보장일")),
    ENVIRONMENTS(false, List.of("environment", "region")),
    CLI_OPTIONS(true, List.of("Name", "Type", "Description", "Example")),
    CLI_FIELDS(false, List.of("Name", "Description", "Example"));

    /** Every header variant of every layout, lower case, cells run together as the flattened layout prints them. */
    private static final Map<String, TableLayout> FLATTENED_HEADERS = new HashMap<>();

    /** The lengths of those headers: most lines of a page are ruled out by their length alone. */
    private static final int SHORTEST_FLATTENED_HEADER;
    private static final int LONGEST_FLATTENED_HEADER;

    static {
        for (TableLayout layout : values()) {
            for (List<String> header : layout.headers) {
                FLATTENED_HEADERS.put(String.join("", header).toLowerCase(Locale.ROOT), layout);
            }
        }
        SHORTEST_FLATTENED_HEADER = FLATTENED_HEADERS.keySet().stream().mapToInt(String::length).min().orElseThrow();
        LONGEST_FLATTENED_HEADER = FLATTENED_HEADERS.keySet().stream().mapToInt(String::length).max().orElseThrow();
    }

    private final boolean multiLineRows;
    private final List<List<String>> headers;

    @SafeVarargs
    TableLayout(boolean multiLineRows, List<String>... headers) {
        this.multiLineRows = multiLineRows;
        this.headers = Arrays.asList(headers);
    }

    /** Whether a row of the flattened layout spans several lines (a name line, then {@code required}...). */
    public boolean multiLineRows() {
        return multiLineRows;
    }

    /** The column names, as the first header variant writes them. */
    public List<String> columns() {
        return headers.get(0);
    }

    /** The layout whose header has these cells (any case, surrounding space ignored). */
    public static Optional<TableLayout> forHeader(List<String> cells) {
        List<String> normalized = cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        return Arrays.stream(values())
                .filter(layout -> layout.headers.stream().anyMatch(h -> normalize(h).equals(normalized)))
                .findFirst();
    }

    /** The layout whose header cells, run together as the flattened layout prints them, are this line. */
    public static Optional<TableLayout> forFlattenedHeader(String line, List<TableLayout> candidates) {
        String trimmed = line.trim();
        if (trimmed.length() < SHORTEST_FLATTENED_HEADER || trimmed.length() > LONGEST_FLATTENED_HEADER) {
            return Optional.empty();
        }
        TableLayout layout = FLATTENED_HEADERS.get(trimmed.toLowerCase(Locale.ROOT));
        return layout != null && candidates.contains(layout) ? Optional.of(layout) : Optional.empty();
    }

    /** What readers say about a table whose header is no layout's: the parser leaves such a table out. */
    static String unknownHeaderMessage(List<String> header) {
        return (header.isEmpty() ? "table without a header row" : "table with unknown columns " + header)
                + ": expected the columns of a parameter, response, model, version or environment table";
    }

    private static List<String> normalize(List<String> header) {
        return header.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }
}
