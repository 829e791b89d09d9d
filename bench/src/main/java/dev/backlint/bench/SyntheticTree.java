package dev.backlint.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a synthetic Java backend source tree of about a given number of lines, for
 * benchmarking backlint:
 * {@code SyntheticTree --lines N --out DIR [--seed S]}. The same seed gives the same bytes.
 */
public final class SyntheticTree {

    static final long DEFAULT_SEED = 42;

    private static final String USAGE = "usage: SyntheticTree --lines N --out DIR [--seed S]";

    private SyntheticTree() {
    }

    public static void main(String[] args) {
        Integer lines = null;
        Path out = null;
        long seed = DEFAULT_SEED;
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--lines" -> lines = Integer.parseInt(value);
                    case "--out" -> out = Path.of(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (lines == null || out == null) {
                throw new IllegalArgumentException("--lines and --out are required");
            }
            if (lines < 100) {
                throw new IllegalArgumentException("--lines must be at least 100");
            }
            Summary summary = generate(lines, out, seed);
            System.out.println("wrote " + summary.files() + " files, " + summary.lines() + " lines to " + out);
        } catch (NumberFormatException e) {
            fail("not a number: " + e.getMessage(), 2);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage(), 2);
        } catch (IOException e) {
            fail("cannot write the tree: " + e, 1);
        }
    }

    /** Writes the tree and returns what was written; {@code out} must be missing or empty. */
    static Summary generate(int lines, Path out, long seed) throws IOException {
        return TreeGenerator.generate(lines, out, seed);
    }

    private static void fail(String message, int status) {
        System.err.println("SyntheticTree: " + message);
        System.err.println(USAGE);
        System.exit(status);
    }
}
