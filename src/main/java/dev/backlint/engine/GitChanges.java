package dev.backlint.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed in a git work tree since a ref, for a pull request's scan: the files added
 * or modified since the merge base of the ref and {@code HEAD} (committed, staged, in the
 * work tree, or new and not ignored), and their lines that were added or changed. Read by
 * running the {@code git} command.
 */
public final class GitChanges {

    /** {@code @@ -12,3 +14,5 @@}: the new side's first line and count. */
    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@");
    private static final long TIMEOUT_SECONDS = 120;

    /** Changed files, by real absolute path, to their changed lines (1-based); {@code null} lines for all. */
    private final Map<Path, BitSet> files;

    private GitChanges(Map<Path, BitSet> files) {
        this.files = files;
    }

    /**
     * The changes of the work tree around {@code directory} since the merge base of
     * {@code ref} and {@code HEAD}.
     *
     * @throws ConfigurationException outside a git work tree, for an unknown ref, or when
     *         git cannot be run
     */
    public static GitChanges since(Path directory, String ref) {
        Path dir = Files.isDirectory(directory) ? directory : directory.toAbsolutePath().getParent();
        String inside = run(dir, "--changed-since needs a git work tree, and " + dir + " is not in one",
                "rev-parse", "--is-inside-work-tree").strip();
        if (!inside.equals("true")) {
            throw new ConfigurationException("--changed-since needs a git work tree, and " + dir + " is not in one");
        }
        Path top = Path.of(run(dir, null, "rev-parse", "--show-toplevel").strip());
        String commit;
        try {
            commit = run(dir, null, "rev-parse", "--verify", "--quiet", ref + "^{commit}").strip();
        } catch (ConfigurationException e) {
            throw new ConfigurationException("unknown git ref '" + ref + "' for --changed-since"
                    + " (a branch, tag or commit of " + top + "; in a shallow clone fetch it first)");
        }
        String base = run(dir, "no common ancestor of " + ref + " and HEAD", "merge-base", commit, "HEAD").strip();
        Map<Path, BitSet> files = new HashMap<>();
        String diff = run(top, null, "-c", "core.quotePath=off", "diff", "--no-color", "--no-ext-diff", "-U0",
                "--find-renames", "--diff-filter=AMRC", base, "--");
        Path current = null;
        for (String line : diff.split("\n")) {
            if (line.startsWith("+++ ")) {
                String name = line.substring(4);
                current = name.equals("/dev/null") ? null : real(top.resolve(unquote(name).substring(2)));
                if (current != null) {
                    files.putIfAbsent(current, new BitSet());
                }
            } else if (current != null && line.startsWith("@@")) {
                Matcher hunk = HUNK.matcher(line);
                if (hunk.find()) {
                    int start = Integer.parseInt(hunk.group(1));
                    int count = hunk.group(2) == null ? 1 : Integer.parseInt(hunk.group(2));
                    files.get(current).set(start, start + count);
                }
            }
        }
        String untracked = run(top, null, "-c", "core.quotePath=off", "ls-files", "--others", "--exclude-standard");
        for (String name : untracked.split("\n")) {
            if (!name.isBlank()) {
                files.put(real(top.resolve(name)), null); // every line of a new file is new
            }
        }
        return new GitChanges(files);
    }

    /** Whether the file changed since the base. */
    public boolean changed(Path file) {
        return files.containsKey(real(file));
    }

    /** Whether the line (1-based) of the file was added or changed since the base. */
    public boolean changed(Path file, int line) {
        Path key = real(file);
        if (!files.containsKey(key)) {
            return false;
        }
        BitSet lines = files.get(key);
        return lines == null || lines.get(line);
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** A path git quoted for its special characters ({@code "a\"b.java"}), with {@code b/} still on it. */
    private static String unquote(String name) {
        if (name.length() < 2 || name.charAt(0) != '"' || name.charAt(name.length() - 1) != '"') {
            return name;
        }
        StringBuilder plain = new StringBuilder();
        for (int i = 1; i < name.length() - 1; i++) {
            char c = name.charAt(i);
            if (c == '\\' && i + 1 < name.length() - 1) {
                char next = name.charAt(++i);
                plain.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    default -> next;
                });
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    /**
     * Runs git in {@code dir} and returns what it printed.
     *
     * @param failure what to say when it fails; {@code null} for git's own message
     */
    private static String run(Path dir, String failure, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).start();
        } catch (IOException e) {
            throw new ConfigurationException("cannot run git: " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            var error = new java.util.concurrent.CompletableFuture<String>();
            Thread reader = new Thread(() -> {
                try {
                    error.complete(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    error.complete("");
                }
            }, "git-stderr");
            reader.setDaemon(true);
            reader.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new ConfigurationException("git " + String.join(" ", args) + " took more than "
                        + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                String message = error.get(10, TimeUnit.SECONDS).strip();
                throw new ConfigurationException(failure != null ? failure
                        : "git " + String.join(" ", args) + " failed: " + message);
            }
            return output;
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new ConfigurationException("git " + String.join(" ", args) + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigurationException("interrupted while git ran");
        }
    }
}
