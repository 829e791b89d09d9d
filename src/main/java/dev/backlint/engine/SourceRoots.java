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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the folders a scan's paths are reported against and the source roots of its files. */
public final class SourceRoots {

    private static final Pattern PACKAGE = Pattern.compile(
            "^\\s*package\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\s*\\.\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*)*)\\s*;",
            Pattern.MULTILINE);
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
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
        String text = COMMENTS.matcher(new String(header, StandardCharsets.ISO_8859_1)).replaceAll(" ");
        Matcher matcher = PACKAGE.matcher(text);
        return matcher.find() ? matcher.group(1).replaceAll("\\s", "") : "";
    }
}
