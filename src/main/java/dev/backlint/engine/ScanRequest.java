package dev.backlint.engine;

import dev.backlint.api.Level;
import dev.backlint.api.ModelOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What to scan and how. The CLI and the Maven plugin both fill one of these and hand
 * it to {@link Analyzer}.
 *
 * @param paths          files and directories to scan
 * @param sourceRoot     what reported paths are relative to; {@code null} for the
 *                       enclosing git work tree of the first path, else the working directory
 * @param excludes       glob patterns of paths to skip
 * @param includes       glob patterns of the only files to scan; empty for every file
 * @param classpath      jars for type resolution (class directories are not read)
 * @param enable         rule ids to run; empty for every rule
 * @param disable        rule ids not to run
 * @param levels         per-rule level overrides
 * @param threads        worker threads, at least 1
 * @param includeTests   whether test sources are checked too
 * @param maxFileBytes   files larger than this are skipped with a notification
 * @param cacheFile      where results are kept between scans, or {@code null} for none
 * @param baseline       a SARIF report of accepted findings to leave out, or {@code null}
 * @param ruleTimeBudget how long one rule may spend on one file before it is stopped
 *                       for that file
 * @param options        what the project's configuration adds to the library models
 * @param changedSince   a git ref: only files changed since its merge base with {@code HEAD}
 *                       are checked (every file is still read for what others need); {@code null} for all
 * @param newLinesOnly   with {@code changedSince}, only findings on lines added or changed since then
 * @param shard          the part of the files to check, or {@code null} for all
 */
public record ScanRequest(
        List<Path> paths,
        Path sourceRoot,
        List<String> excludes,
        List<String> includes,
        List<Path> classpath,
        Set<String> enable,
        Set<String> disable,
        Map<String, Level> levels,
        int threads,
        boolean includeTests,
        long maxFileBytes,
        Path cacheFile,
        Path baseline,
        java.time.Duration ruleTimeBudget,
        ModelOptions options,
        String changedSince,
        boolean newLinesOnly,
        Shard shard) {

    public static final long DEFAULT_MAX_FILE_BYTES = 4L * 1024 * 1024;
    public static final java.time.Duration DEFAULT_RULE_TIME_BUDGET = java.time.Duration.ofSeconds(20);

    public ScanRequest {
        paths = List.copyOf(paths);
        excludes = List.copyOf(excludes);
        includes = List.copyOf(includes);
        classpath = List.copyOf(classpath);
        enable = Set.copyOf(enable);
        disable = Set.copyOf(disable);
        levels = Map.copyOf(levels);
        options = options == null ? ModelOptions.NONE : options;
        if (newLinesOnly && changedSince == null) {
            throw new ConfigurationException("--new-lines-only needs --changed-since REF");
        }
        if (threads < 1) {
            throw new ConfigurationException("--threads must be at least 1, was " + threads);
        }
        if (maxFileBytes < 1) {
            throw new ConfigurationException("the file size limit must be positive, was " + maxFileBytes);
        }
        if (ruleTimeBudget == null || ruleTimeBudget.isNegative() || ruleTimeBudget.isZero()) {
            throw new ConfigurationException("the rule time budget must be positive, was " + ruleTimeBudget);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fills a {@link ScanRequest} step by step; defaults suit a command-line scan. */
    public static final class Builder {
        private final List<Path> paths = new ArrayList<>();
        private Path sourceRoot;
        private final List<String> excludes = new ArrayList<>();
        private final List<String> includes = new ArrayList<>();
        private final List<Path> classpath = new ArrayList<>();
        private final Set<String> enable = new LinkedHashSet<>();
        private final Set<String> disable = new LinkedHashSet<>();
        private final Map<String, Level> levels = new TreeMap<>();
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean includeTests;
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private java.time.Duration ruleTimeBudget = DEFAULT_RULE_TIME_BUDGET;
        private Path cacheFile;
        private Path baseline;
        private ModelOptions options = ModelOptions.NONE;
        private String changedSince;
        private boolean newLinesOnly;
        private Shard shard;

        public Builder path(Path path) {
            paths.add(path);
            return this;
        }

        public Builder paths(List<Path> more) {
            paths.addAll(more);
            return this;
        }

        public Builder sourceRoot(Path root) {
            sourceRoot = root;
            return this;
        }

        public Builder excludes(List<String> globs) {
            excludes.addAll(globs);
            return this;
        }

        /** Scans only the files matching one of {@code globs} (when there are any). */
        public Builder includes(List<String> globs) {
            includes.addAll(globs);
            return this;
        }

        /** Checks only the files changed since the merge base of {@code ref} and {@code HEAD}; {@code null} for all. */
        public Builder changedSince(String ref) {
            changedSince = ref;
            return this;
        }

        /** With {@link #changedSince}, reports only findings on lines added or changed since then. */
        public Builder newLinesOnly(boolean only) {
            newLinesOnly = only;
            return this;
        }

        /** Checks only the files of this part; {@code null} for all. */
        public Builder shard(Shard part) {
            shard = part;
            return this;
        }

        /** What the project's configuration adds to the library models. */
        public Builder options(ModelOptions added) {
            options = added;
            return this;
        }

        public Builder classpath(List<Path> entries) {
            classpath.addAll(entries);
            return this;
        }

        public Builder enable(Set<String> ids) {
            enable.addAll(ids);
            return this;
        }

        public Builder disable(Set<String> ids) {
            disable.addAll(ids);
            return this;
        }

        public Builder level(String ruleId, Level level) {
            levels.put(ruleId, level);
            return this;
        }

        public Builder threads(int count) {
            threads = count;
            return this;
        }

        public Builder includeTests(boolean include) {
            includeTests = include;
            return this;
        }

        public Builder maxFileBytes(long bytes) {
            maxFileBytes = bytes;
            return this;
        }

        /** Keeps results in {@code file} between scans; {@code null} for no cache. */
        public Builder cacheFile(Path file) {
            cacheFile = file;
            return this;
        }

        /** Leaves out the findings of this earlier SARIF report; {@code null} for none. */
        public Builder baseline(Path sarif) {
            baseline = sarif;
            return this;
        }

        /** How long one rule may spend on one file before it is stopped for that file. */
        public Builder ruleTimeBudget(java.time.Duration budget) {
            ruleTimeBudget = budget;
            return this;
        }

        public ScanRequest build() {
            return new ScanRequest(paths, sourceRoot, excludes, includes, classpath, enable, disable, levels,
                    threads, includeTests, maxFileBytes, cacheFile, baseline, ruleTimeBudget, options, changedSince,
                    newLinesOnly, shard);
        }
    }
}
