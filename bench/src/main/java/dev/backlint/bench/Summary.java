package dev.backlint.bench;

import java.util.Map;

/** What a generation wrote: files and lines in all, and per kind of file in {@link FileKind} order. */
record Summary(int files, long lines, Map<FileKind, Integer> filesByKind, Map<FileKind, Long> linesByKind) {
}
