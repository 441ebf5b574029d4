package io.scpgen.generator.spec.merge;

import io.scpgen.generator.spec.BoundedName;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules that name operations.
 * <ul>
 *   <li>Id from title: the title's words in lower camel case, punctuation and apostrophes dropped.
 *       {@code List Images -> listImages}, {@code Show a snapshot’s details -> showASnapshotsDetails},
 *       {@code Get region's maximum partition size. -> getRegionsMaximumPartitionSize}.</li>
 *   <li>Id from method and path, for a page that gives no title: {@code get /v1/pending-images ->
 *       getPendingImages}, path parameters as {@code By...}.</li>
 *   <li>Group from path: the first segment after the version, in lower camel case:
 *       {@code /v1/auto-scaling-groups/{id} -> autoScalingGroups}.</li>
 *   <li>Every id and group is bounded ({@link BoundedName}): a 10,000-character title gives a 64-character id.</li>
 * </ul>
 */
public final class OperationNames {

    private OperationNames() {
    }

    public static String idFromTitle(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("[’'`\\p{M}]", "");
        return lowerCamel(List.of(plain.split("[^A-Za-z0-9]+")));
    }

    public static String idFromMethodAndPath(String method, String path) {
        List<String> words = new ArrayList<>();
        words.add(method.toLowerCase(Locale.ROOT));
        for (String segment : pathSegmentsAfterVersion(path)) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                words.add("by");
                words.addAll(List.of(segment.substring(1, segment.length() - 1).split("[^A-Za-z0-9]+")));
            } else {
                words.addAll(List.of(segment.split("[^A-Za-z0-9]+")));
            }
        }
        return lowerCamel(words);
    }

    /**
     * {@code preferred} when no operation has taken it yet, else the id from method and path, numbered from 2 when
     * that is taken too ({@code listImages2}); the id returned is added to {@code taken}.
     */
    public static String uniqueId(String preferred, String method, String path, Set<String> taken) {
        if (taken.add(preferred)) {
            return preferred;
        }
        String base = idFromMethodAndPath(method, path);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = BoundedName.of(base + n);
        }
        return id;
    }

    public static String groupFromPath(String path) {
        List<String> segments = pathSegmentsAfterVersion(path);
        String first = segments.isEmpty() ? "default" : segments.get(0);
        return lowerCamel(List.of(first.split("[^A-Za-z0-9]+")));
    }

    private static List<String> pathSegmentsAfterVersion(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        if (!segments.isEmpty() && segments.get(0).matches("v\\d+(\\.\\d+)?")) {
            segments.remove(0);
        }
        return segments;
    }

    private static String lowerCamel(List<String> words) {
        StringBuilder name = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            name.append(name.length() == 0 ? lower
                    : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return name.length() == 0 ? "operation" : BoundedName.of(name.toString());
    }
}
