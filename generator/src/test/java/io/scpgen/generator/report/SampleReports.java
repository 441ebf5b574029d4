package io.scpgen.generator.report;

import io.scpgen.generator.diff.Change;
import io.scpgen.generator.diff.ChangeKind;
import java.util.List;

/** Small hand-made reports for the renderer tests, with text that needs escaping in every format. */
final class SampleReports {

    static final String TRICKY_DESCRIPTION = "a | b <script>alert(1)</script> *bold* & [link](http://x)\nsecond line";

    private SampleReports() {
    }

    static DiffReport mixed() {
        return new DiffReport("things", DiffReport.Comparison.SNAPSHOTS, List.of("old.txt"), List.of("b.txt", "a.txt"),
                List.of(
                        new Change(ChangeKind.API_VERSION_ADDED, null, null, "1.2", "versions[1.2]", null, "CURRENT",
                                "version 1.2 added (CURRENT)"),
                        new Change(ChangeKind.FIELD_REMOVED, "GET /v1/things", "1.1", "1.2", "responses.200.items[].name",
                                "string", null, "field removed"),
                        new Change(ChangeKind.DESCRIPTION_CHANGED, "GET /v1/things", "1.1", "1.1", "description",
                                "Lists things.", TRICKY_DESCRIPTION, "description changed: " + TRICKY_DESCRIPTION),
                        new Change(ChangeKind.VERSION_DEPRECATED, "POST /v1/things", "1.1", "1.1", "lifecycle",
                                "CURRENT", "DEPRECATED until 2026-05-31", "deprecated, supported until 2026-05-31")));
    }

    /** 1.1 deprecated in three operations (one group), a response model replaced and a version added. */
    static DiffReport grouped() {
        return new DiffReport("things", DiffReport.Comparison.SNAPSHOTS, List.of("old.txt"), List.of("new.txt"),
                List.of(
                        new Change(ChangeKind.API_VERSION_ADDED, null, null, "1.2", "versions[1.2]", null, "CURRENT",
                                "version 1.2 added (CURRENT)"),
                        deprecated("GET /v1/things"),
                        new Change(ChangeKind.MODEL_REPLACED, "GET /v1/things", "1.1", "1.2", "responses.200",
                                "ThingList", "ThingListV1Dot2",
                                "response ThingList -> ThingListV1Dot2 (+ items[].size)"),
                        deprecated("POST /v1/things"),
                        deprecated("DELETE /v1/things/{thing_id}")));
    }

    private static Change deprecated(String operation) {
        return new Change(ChangeKind.VERSION_DEPRECATED, operation, "1.1", "1.1", "lifecycle", "CURRENT",
                "DEPRECATED until 2026-05-31", "deprecated, supported until 2026-05-31");
    }

    static DiffReport empty() {
        return new DiffReport("things", DiffReport.Comparison.VERSIONS, List.of("a.txt"), List.of("a.txt"), List.of());
    }
}
