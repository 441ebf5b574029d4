package io.scpgen.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * What a goal's output was made from, one line per input: every doc file (path, length, CRC-32 of its content), each
 * configuration value, and the code that generates (each entry of the plugin's class path: a jar by path, length and
 * modification time; a folder of classes by the same of every file in it). When the stamp file holds the same text,
 * nothing changed since the last run; when it does not, a diff of the two says what did.
 *
 * <p>It runs at every build, on a cold JVM, before any of the generator's classes is needed, so it costs a few
 * milliseconds: doc contents are checked with the JDK's native CRC-32 (a fingerprint of change, not of tampering: an
 * edit that keeps a file's length and its CRC-32 does not happen by chance in practice), and the code by file
 * metadata, as Maven's own staleness checks do: a rebuilt or reinstalled jar has a new modification time, another
 * version another path. Plain loops, no streams or lambdas: those would spin classes at run time.
 */
final class InputStamp {

    private final String text;

    private InputStamp(String text) {
        this.text = text;
    }

    /**
     * The stamp of the files below {@code docs}, of {@code configuration} (ordered by key) and of the code on
     * {@code classPath} (in its order).
     */
    static InputStamp of(Path docs, Map<String, String> configuration, List<File> classPath) throws IOException {
        StringBuilder text = new StringBuilder();
        TreeMap<String, File> files = new TreeMap<>();
        filesBelow(docs.toFile(), "", files);
        for (Map.Entry<String, File> file : files.entrySet()) {
            byte[] content = Files.readAllBytes(file.getValue().toPath());
            CRC32 crc = new CRC32();
            crc.update(content);
            text.append("doc ").append(file.getKey()).append(' ').append(content.length).append(' ')
                    .append(Long.toHexString(crc.getValue())).append('\n');
        }
        for (Map.Entry<String, String> entry : new TreeMap<>(configuration).entrySet()) {
            text.append("config ").append(entry.getKey()).append('=').append(entry.getValue()).append('\n');
        }
        for (File entry : classPath) {
            text.append("code ").append(codeOf(entry)).append('\n');
        }
        return new InputStamp(text.toString());
    }

    /**
     * A class path entry as the stamp records it: {@code /repo/x.jar 527042 1764670889631} (path, length,
     * modification time), or for a folder of classes the number of files in it and a CRC-32 of their relative paths,
     * lengths and modification times.
     */
    static String codeOf(File entry) {
        if (!entry.isDirectory()) {
            return entry.getAbsolutePath() + " " + entry.length() + " " + entry.lastModified();
        }
        TreeMap<String, File> files = new TreeMap<>();
        filesBelow(entry, "", files);
        CRC32 crc = new CRC32();
        for (Map.Entry<String, File> file : files.entrySet()) {
            crc.update((file.getKey() + " " + file.getValue().length() + " " + file.getValue().lastModified() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return entry.getAbsolutePath() + "/ " + files.size() + " files " + Long.toHexString(crc.getValue());
    }

    /** Whether {@code stampFile} records this stamp. */
    boolean matches(Path stampFile) throws IOException {
        return Files.isRegularFile(stampFile) && Files.readString(stampFile, StandardCharsets.UTF_8).equals(text);
    }

    void writeTo(Path stampFile) throws IOException {
        Files.createDirectories(stampFile.getParent());
        Files.writeString(stampFile, text, StandardCharsets.UTF_8);
    }

    /** Every file below {@code folder}, by its path relative to the first folder ({@code a/b.txt}). */
    private static void filesBelow(File folder, String prefix, TreeMap<String, File> files) {
        File[] children = folder.listFiles();
        if (children == null) {
            return;
        }
        for (File child : children) {
            if (child.isDirectory()) {
                filesBelow(child, prefix + child.getName() + "/", files);
            } else if (child.isFile()) {
                files.put(prefix + child.getName(), child);
            }
        }
    }
}
