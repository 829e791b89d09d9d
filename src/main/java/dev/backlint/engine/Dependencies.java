package dev.backlint.engine;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the analysis of one file read besides the file itself, so that a cached result
 * is reused only while all of it is unchanged.
 *
 * @param factsOf   absolute paths of the files whose facts were read
 * @param fileNames file names looked up to find a type ({@code Tables.java})
 * @param folders   folders whose type declarations were read
 * @param solver    whether the symbol solver was asked: the declarations of any source file matter
 * @param textKinds the ids of the text indexes read ({@link dev.backlint.api.TextIndexKind}): what
 *                  every file's text says for them matters
 */
public record Dependencies(Set<String> factsOf, Set<String> fileNames, Set<String> folders, boolean solver,
                           Set<String> textKinds) {

    public Dependencies {
        factsOf = Set.copyOf(factsOf);
        fileNames = Set.copyOf(fileNames);
        folders = Set.copyOf(folders);
        textKinds = Set.copyOf(textKinds);
    }

    public static Dependencies none() {
        return new Dependencies(Set.of(), Set.of(), Set.of(), false, Set.of());
    }

    /** Whether the text of every file was read, for some index. */
    public boolean everyFile() {
        return !textKinds.isEmpty();
    }

    /** Collects dependencies while one file is analysed, on one thread. */
    static final class Recorder {
        private final String self;
        private final Set<String> factsOf = new TreeSet<>();
        private final Set<String> fileNames = new TreeSet<>();
        private final Set<String> folders = new TreeSet<>();
        private final Set<String> textKinds = new TreeSet<>();

        Recorder(SourceFile self) {
            this.self = self.file().toString();
        }

        void facts(SourceFile file) {
            String path = file.file().toString();
            if (!path.equals(self)) {
                factsOf.add(path);
            }
        }

        void fileName(String name) {
            fileNames.add(name);
        }

        void folder(java.nio.file.Path folder) {
            folders.add(folder.toString());
        }

        /** The index of that kind, which the whole project's text makes, was read. */
        void textKind(String id) {
            textKinds.add(id);
        }

        Dependencies build(boolean solver) {
            return new Dependencies(factsOf, fileNames, folders, solver, textKinds);
        }
    }
}
