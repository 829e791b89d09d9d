package dev.backlint.cli;

import dev.backlint.engine.ScanProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What the command line knows of where its output goes: whether standard output and
 * standard error are a terminal, and whether colours and a progress line are wanted there.
 */
final class Terminal {

    /** A scan shorter than this shows no progress line. */
    private static final long PROGRESS_AFTER_MILLIS = 1000;
    private static final long PROGRESS_EVERY_MILLIS = 200;

    private final Map<String, String> environment;

    Terminal(Map<String, String> environment) {
        this.environment = environment;
    }

    /**
     * Whether the file descriptor (1 for standard output, 2 for standard error) is a
     * terminal: on Linux by where {@code /proc/self/fd} links it, elsewhere by whether the
     * JVM has a console (which needs standard input and output to be one).
     */
    static boolean isTerminal(int descriptor) {
        Path link = Path.of("/proc/self/fd/" + descriptor);
        if (Files.isSymbolicLink(link)) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /** Whether to colour the report on standard output, for {@code --color} {@code when}. */
    boolean colour(String when) {
        return switch (when.toLowerCase(Locale.ROOT)) {
            case "always" -> true;
            case "never" -> false;
            default -> isTerminal(1) && !set("NO_COLOR") && !"dumb".equals(environment.get("TERM"));
        };
    }

    /** Whether to show a progress line on standard error: a terminal, and not a CI job's log. */
    boolean progress() {
        return isTerminal(2) && !set("CI") && !"dumb".equals(environment.get("TERM"));
    }

    private boolean set(String name) {
        String value = environment.get(name);
        return value != null && !value.isEmpty();
    }

    /**
     * Shows {@code progress} on {@code err} until the returned handle is closed: nothing for
     * the first second, then one line rewritten in place, wiped at the end.
     */
    static AutoCloseable showProgress(ScanProgress progress, PrintWriter err) {
        Thread shower = new Thread(() -> {
            try {
                Thread.sleep(PROGRESS_AFTER_MILLIS);
                while (!Thread.currentThread().isInterrupted()) {
                    int total = progress.total();
                    String line = total < 0 ? "backlint: finding the files…"
                            : String.format(Locale.ROOT, "backlint: %d/%d files (%d%%)", progress.done(), total,
                                    total == 0 ? 100 : progress.done() * 100 / total);
                    synchronized (err) {
                        err.print("\r" + line + "\u001b[K");
                        err.flush();
                    }
                    Thread.sleep(PROGRESS_EVERY_MILLIS);
                }
            } catch (InterruptedException e) {
                // the scan is over
            }
        }, "backlint-progress");
        shower.setDaemon(true);
        shower.start();
        return () -> {
            shower.interrupt();
            shower.join();
            synchronized (err) {
                err.print("\r\u001b[K");
                err.flush();
            }
        };
    }
}
