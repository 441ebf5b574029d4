package io.scpgen.generator.fetch;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Rule: a fetched page is named from its URL's path, the same URL always the same name:
 * {@code .../apireference/compute/virtualserver/_print/} becomes
 * {@code apireference-compute-virtualserver-_print.html}. Path segments are joined with {@code -}, characters other
 * than letters, digits, {@code .}, {@code _} and {@code -} become {@code _}, and {@code .html} is added unless the
 * path ends in {@code .html} or {@code .htm}; the site's root is {@code index.html}. Host and query are not part of
 * the name, so two URLs may meet on one name: the caller refuses that.
 */
public final class SnapshotFileNames {

    private SnapshotFileNames() {
    }

    public static String of(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String name = Arrays.stream(path.split("/"))
                .filter(segment -> !segment.isEmpty())
                .map(segment -> segment.replaceAll("[^A-Za-z0-9._-]", "_"))
                .collect(Collectors.joining("-"));
        if (name.isEmpty() || name.matches("\\.+")) {
            name = "index";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") ? name : name + ".html";
    }
}
