package dev.backlint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Finds the folders a scan's paths are reported against and the source roots of its files. */
public final class SourceRoots {

    /** Words that come after the package declaration, if there is one. */
    private static final java.util.Set<String> STARTS_A_TYPE = java.util.Set.of("import", "class", "interface",
            "enum", "record", "public", "final", "abstract", "module", "open", "sealed");
    private static final int HEADER_BYTES = 16 * 1024;

    private SourceRoots() {
    }

    /**
     * The root reported paths are relative to: the git work tree enclosing the first
     * path, else the working directory.
     */
    public static Path reportRoot(List<Path> paths) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (paths.isEmpty()) {
            return cwd;
        }
        Path start = paths.get(0).toAbsolutePath().normalize();
        for (Path dir = Files.isDirectory(start) ? start : start.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return cwd;
    }

    /**
     * The source roots of the files (the folder a package hierarchy starts in), read from
     * the package declaration of one file per folder without parsing.
     */
    public static List<Path> infer(List<SourceFile> files) {
        Map<Path, SourceFile> firstPerFolder = new LinkedHashMap<>();
        for (SourceFile file : files) {
            firstPerFolder.putIfAbsent(file.file().getParent(), file);
        }
        TreeSet<Path> roots = new TreeSet<>();
        for (Map.Entry<Path, SourceFile> entry : firstPerFolder.entrySet()) {
            Path folder = entry.getKey();
            String pkg = packageOf(entry.getValue().file());
            Path root = folder;
            if (!pkg.isEmpty()) {
                Path packagePath = Path.of(pkg.replace('.', '/'));
                if (!folder.endsWith(packagePath)) {
                    continue;
                }
                for (int i = 0; i < packagePath.getNameCount(); i++) {
                    root = root.getParent();
                }
            }
            if (root != null) {
                roots.add(root);
            }
        }
        return new ArrayList<>(roots);
    }

    static String packageOf(Path file) {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER_BYTES);
        } catch (IOException e) {
            return "";
        }
        return packageIn(new String(header, StandardCharsets.ISO_8859_1));
    }

    /**
     * The package a file's text declares: read token by token up to the declaration,
     * comments, annotations and their strings skipped; empty when a type or an import comes
     * first (the default package) or the text ends before.
     */
    static String packageIn(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                i = end < 0 ? n : end + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                if (word.equals("package") && (start == 0 || text.charAt(start - 1) != '@')) {
                    int end = text.indexOf(';', i);
                    if (end < 0) {
                        return "";
                    }
                    String name = withoutWhitespace(text, i, end);
                    return isQualifiedName(name) ? name : "";
                }
                if (STARTS_A_TYPE.contains(word)) {
                    return "";
                }
            } else {
                i++;
            }
        }
        return "";
    }

    private static String withoutWhitespace(String text, int from, int to) {
        StringBuilder kept = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Dot-separated names of letters, digits, {@code _} and {@code $}, none starting with a digit. */
    static boolean isQualifiedName(String name) {
        boolean atStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                if (atStart) {
                    return false;
                }
                atStart = true;
            } else if (Character.isLetter(c) || c == '_' || c == '$' || !atStart && Character.isDigit(c)) {
                atStart = false;
            } else {
                return false;
            }
        }
        return !atStart;
    }
}
