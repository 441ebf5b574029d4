package io.scpgen.generator.docs.rules;

import io.scpgen.generator.docs.Block;
import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.StatedChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule: the {@code API Version History} section of a service header (Korean {@code API 버전 이력}) gives, per API
 * version, a version line, a summary line, a {@code Changes} line and the changes as bullets, each with a tag in
 * brackets and usually the operation it concerns. Paths leave out the {@code /v1} the spec's paths have.
 * <pre>
 * API Version History
 * 1.1
 * Adds product categories
 * Changes
 * • [New] GET /product-categories - ListProductCategories API have been added.
 * • [Changed] GET /products/{product_id} - ShowProduct response field description changed.
 * 1.0
 * Initial API release for Product
 * Changes
 * • [New] GET /products - ListProducts API have been added.
 * </pre>
 * The text readers give the section's lines as one paragraph (or several, where blank lines part them), the HTML
 * reader as headings ({@code <h3>1.1</h3>}) and paragraphs, one per list item, which carries no bullet sign. The
 * section ends at the next heading that is neither a version nor {@code Changes}. A line that is none of these is a
 * warning, never a guess.
 */
public final class VersionHistorySection {

    private static final Pattern TITLE = Pattern.compile("^(?:API Version History|API 버전 이력)$",
            Pattern.CASE_INSENSITIVE);

    /** {@code 1.1}, also {@code v1.1}, {@code Version 1.1}, {@code 버전 1.1}. */
    private static final Pattern VERSION = Pattern.compile("^(?:v|version\\s+|버전\\s+)?(\\d+(?:\\.\\d+)+)$",
            Pattern.CASE_INSENSITIVE);

    /** {@code Changes}, {@code Changes:}, {@code 변경 사항}, {@code 변경사항}, {@code 변경 내역}. */
    private static final Pattern CHANGES = Pattern.compile("^(?:changes|변경\\s*사항|변경\\s*내역)\\s*:?$",
            Pattern.CASE_INSENSITIVE);

    /** A bullet sign a text export keeps before a list item. */
    private static final Pattern BULLET = Pattern.compile("^[•·∙◦▪‣*-]\\s*");

    /** {@code [New] rest}. */
    private static final Pattern TAGGED = Pattern.compile("^\\[([^\\[\\]]+)]\\s*(.*)$");

    /** {@code GET /product-categories - text}: the method, the path, then what is said about it, if anything. */
    private static final Pattern OPERATION = Pattern.compile(
            "^(get|post|put|delete|patch|head|options)\\s+(/\\S*)(?:\\s+(?:[-–—:]\\s*)?(.*))?$",
            Pattern.CASE_INSENSITIVE);

    /** {@code /v1/...}, {@code /v2}: a path that already has its API prefix. */
    private static final Pattern VERSIONED_PATH = Pattern.compile("^/v\\d+(?:/.*)?$");

    private static final String EXAMPLE = "'• [New] GET /products - ListProducts API have been added.'";

    /**
     * What the history says about one version.
     *
     * @param line    the line of its version line
     * @param summary its summary line(s), joined by a space; null when there is none
     * @param changes its stated changes in the docs' order
     */
    public record History(int line, String summary, List<StatedChange> changes) {
        public History {
            changes = List.copyOf(changes);
        }
    }

    private final String file;
    private final Diagnostics diagnostics;
    private final Map<String, History> histories = new TreeMap<>(ApiVersion.VERSION_ORDER);

    // the version being read
    private String version;
    private int versionLine;
    private final List<String> summary = new ArrayList<>();
    private final List<StatedChange> changes = new ArrayList<>();
    private boolean inChanges;

    private VersionHistorySection(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /**
     * The history per version (sorted by version) of the service header whose blocks are {@code header}; empty when
     * it has no {@code API Version History} section. Lines it cannot read are warnings in {@code diagnostics}.
     */
    public static Map<String, History> read(List<Block> header, String file, Diagnostics diagnostics) {
        return new VersionHistorySection(file, diagnostics).read(header);
    }

    /**
     * {@code versions} (the header's version table) with their histories attached; a version the history gives but
     * the table does not is a warning, and left out.
     */
    public static List<ApiVersion> attach(List<ApiVersion> versions, Map<String, History> histories, String file,
                                          Diagnostics diagnostics) {
        histories.forEach((version, history) -> {
            if (versions.stream().noneMatch(v -> v.version().equals(version))) {
                diagnostics.warn(file, history.line(), "version " + version + " of the API version history is not"
                        + " in the version table " + versions.stream().map(ApiVersion::version).toList()
                        + ": expected the versions the table lists");
            }
        });
        return versions.stream().map(v -> Optional.ofNullable(histories.get(v.version()))
                .map(h -> v.withHistory(h.summary(), h.changes())).orElse(v)).toList();
    }

    /**
     * A bullet's path in the spec's form: {@code /product-categories} as {@code /v1/product-categories}, a path with its
     * prefix kept as it is, without a query, a trailing slash or the punctuation of the sentence it ends.
     */
    public static String specPath(String path) {
        String bare = path.replaceAll("[.,;:)]+$", "");
        int query = bare.indexOf('?');
        if (query >= 0) {
            bare = bare.substring(0, query);
        }
        if (bare.length() > 1 && bare.endsWith("/")) {
            bare = bare.substring(0, bare.length() - 1);
        }
        return VERSIONED_PATH.matcher(bare).matches() ? bare : bare.equals("/") ? "/v1" : "/v1" + bare;
    }

    private Map<String, History> read(List<Block> header) {
        int start = -1;
        for (int i = 0; i < header.size() && start < 0; i++) {
            if (header.get(i) instanceof Block.Heading h && h.number() == null && TITLE.matcher(h.text().trim()).matches()) {
                start = i;
            }
        }
        if (start < 0) {
            return Map.of();
        }
        int titleLine = header.get(start).line();
        for (Block block : header.subList(start + 1, header.size())) {
            if (block instanceof Block.Heading h) {
                if (h.number() != null || !isVersion(h.text()) && !CHANGES.matcher(h.text().trim()).matches()) {
                    break;
                }
                line(h.line(), h.text());
            } else if (block instanceof Block.Paragraph p) {
                String[] lines = p.text().split("\n");
                for (int k = 0; k < lines.length; k++) {
                    line(p.line() + k, lines[k]);
                }
            } else {
                diagnostics.warn(file, block.line(), "a " + kind(block) + " in the API version history: expected"
                        + " lines of versions, summaries and changes such as " + EXAMPLE);
            }
        }
        endVersion();
        if (histories.isEmpty()) {
            diagnostics.warn(file, titleLine, "API version history with no version: expected a version line such as"
                    + " '1.1', then its summary, 'Changes' and changes such as " + EXAMPLE);
        }
        return Collections.unmodifiableMap(histories);
    }

    private void line(int line, String raw) {
        String text = Spaces.collapse(raw).trim();
        if (text.isEmpty()) {
            return;
        }
        Matcher versionNumber = VERSION.matcher(text);
        if (versionNumber.matches()) {
            endVersion();
            version = versionNumber.group(1);
            versionLine = line;
            return;
        }
        if (CHANGES.matcher(text).matches()) {
            inChanges = true;
            return;
        }
        Matcher bullet = BULLET.matcher(text);
        boolean bulleted = bullet.lookingAt();
        String item = bulleted ? text.substring(bullet.end()) : text;
        Matcher tagged = TAGGED.matcher(item);
        if (tagged.matches()) {
            if (version == null) {
                diagnostics.warn(file, line, "change '" + text + "' of the API version history before any version:"
                        + " expected a version line such as '1.1' before it");
            } else {
                changes.add(change(tagged.group(1).trim(), tagged.group(2).trim()));
                inChanges = true;
            }
        } else if (bulleted || inChanges) {
            diagnostics.warn(file, line, "cannot read '" + text + "' in the API version history: expected a change"
                    + " with a tag in brackets such as " + EXAMPLE + ", or a version line such as '1.1'");
        } else if (version != null) {
            summary.add(text);
        }
        // text before the first version introduces the section: nothing to keep
    }

    private static StatedChange change(String tag, String rest) {
        Matcher operation = OPERATION.matcher(rest);
        if (operation.matches()) {
            String text = operation.group(3) == null || operation.group(3).isBlank() ? null : operation.group(3).trim();
            return new StatedChange(tag, operation.group(1).toUpperCase(Locale.ROOT), specPath(operation.group(2)),
                    text);
        }
        return new StatedChange(tag, null, null, rest.isEmpty() ? null : rest);
    }

    private void endVersion() {
        if (version != null) {
            if (histories.containsKey(version)) {
                diagnostics.warn(file, versionLine, "version " + version + " is in the API version history twice:"
                        + " expected each version once; the first is kept");
            } else {
                histories.put(version, new History(versionLine, summary.isEmpty() ? null : String.join(" ", summary),
                        changes));
            }
        }
        version = null;
        summary.clear();
        changes.clear();
        inChanges = false;
    }

    private static boolean isVersion(String text) {
        return VERSION.matcher(Spaces.collapse(text).trim()).matches();
    }

    private static String kind(Block block) {
        return block instanceof Block.Table ? "table" : block instanceof Block.Code ? "code block" : "block";
    }
}
