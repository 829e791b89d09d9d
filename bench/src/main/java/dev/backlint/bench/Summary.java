package dev.backlint.bench;

import java.util.Map;

/** What a generation wrote: files and lines in all, and per kind of file. */
record Summary(int files, long lines, Map<FileKind, Integer> filesByKind, Map<FileKind, Long> linesByKind) {
}
