package dev.backlint.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which a scan's files are analysed: the files that many others import
 * first, so that the facts other files ask of them are known by then rather than parsed
 * on demand. Read from the files' text, without parsing; the findings do not depend on
 * it, only the work does.
 */
final class WorkOrder {

    /** Only the head of a file is read: package and imports come first. */
    private static final int HEAD_BYTES = 16 * 1024;
    /** The head is read in blocks of this size, up to the first block with a brace. */
    private static final int BLOCK_BYTES = 4 * 1024;

    private WorkOrder() {
    }

    /** The files, those imported by more of the others first; ties keep their order. */
    static List<SourceFile> of(List<SourceFile> files) {
        if (files.size() < 2) {
            return files;
        }
        // the heads are read on every core: nothing else runs until the order is known
        List<Head> heads = files.parallelStream().map(WorkOrder::read).toList();
        Map<String, Integer> byName = new HashMap<>();
        List<List<String>> imports = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            byName.put(heads.get(i).name(), i);
            imports.add(heads.get(i).imports());
        }
        int[] importers = new int[files.size()];
        for (List<String> named : imports) {
            for (String name : named) {
                // a.b.Type, or a.b.Type.member of a static import
                Integer target = byName.get(name);
                if (target == null && name.lastIndexOf('.') > 0) {
                    target = byName.get(name.substring(0, name.lastIndexOf('.')));
                }
                if (target != null) {
                    importers[target]++;
                }
            }
        }
        List<Integer> order = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> -importers[i]).thenComparingInt(i -> i));
        List<SourceFile> sorted = new ArrayList<>(files.size());
        order.forEach(i -> sorted.add(files.get(i)));
        return sorted;
    }

    /**
     * The names the head's import declarations name, read line by line ({@code a.b.Type},
     * {@code a.b} of {@code a.b.*}, {@code a.b.Type.member} of a static import).
     */
    static List<String> imports(String head) {
        List<String> named = new ArrayList<>();
        // imports come before the first type's body: the rest of the head is not searched
        int brace = head.indexOf('{');
        String declarations = brace < 0 ? head : head.substring(0, brace);
        for (int at = declarations.indexOf("import"); at >= 0; at = declarations.indexOf("import", at + 6)) {
            if (!startsLine(head, at)) {
                continue;
            }
            int end = head.indexOf(';', at);
            if (end < 0) {
                break;
            }
            String name = head.substring(at + "import".length(), end).trim();
            if (name.startsWith("static ")) {
                name = name.substring("static ".length()).trim();
            }
            if (name.endsWith(".*")) {
                name = name.substring(0, name.length() - 2);
            }
            if (!name.isEmpty() && isDottedName(name)) {
                named.add(name);
            }
        }
        return named;
    }

    /** Whether only blanks come before {@code at} on its line. */
    private static boolean startsLine(String text, int at) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDottedName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isJavaIdentifierPart(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** What a file's head says: the qualified name of the type it is named for, and its imports. */
    private record Head(String name, List<String> imports) {
    }

    private static Head read(SourceFile file) {
        String head = head(file);
        String pkg = SourceRoots.packageIn(head);
        String fileName = file.file().getFileName().toString();
        String simple = fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - 5) : fileName;
        return new Head(pkg.isEmpty() ? simple : pkg + "." + simple, imports(head));
    }

    /**
     * The file's text up to its first opening brace (imports come before it), read a block
     * at a time and at most {@link #HEAD_BYTES}.
     */
    private static String head(SourceFile file) {
        try (var in = Files.newInputStream(file.file())) {
            byte[] bytes = new byte[HEAD_BYTES];
            int length = 0;
            while (length < HEAD_BYTES) {
                int read = in.read(bytes, length, Math.min(BLOCK_BYTES, HEAD_BYTES - length));
                if (read < 0) {
                    break;
                }
                int from = length;
                length += read;
                if (contains(bytes, from, length, (byte) '{')) {
                    break;
                }
            }
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static boolean contains(byte[] bytes, int from, int to, byte wanted) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return true;
            }
        }
        return false;
    }
}
