package dev.backlint.engine;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the type solvers of one scan: the JDK (by reflection, JDK classes only, never
 * backlint's own classpath), the scanned source roots and the given jars and class
 * folders. JavaParser's solvers are not thread-safe, so each worker thread gets its
 * own, built on first use.
 */
public final class SolverFactory {

    private static final int SOURCE_CACHE_LIMIT = 256;

    private final Supplier<List<Path>> findSourceRoots;
    private List<Path> sourceRoots;
    private final List<Path> classpath;
    private final Supplier<ParserConfiguration> parserConfiguration;
    private final FolderDeclarations declarations = new FolderDeclarations();

    /** Classpath entries that could not be opened, reported once per scan. */
    private final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());

    /**
     * @param sourceRoots the scanned source roots, asked for when the first solver is built
     */
    public SolverFactory(Supplier<List<Path>> sourceRoots, List<Path> classpath,
                         Supplier<ParserConfiguration> parserConfiguration) {
        this.findSourceRoots = sourceRoots;
        this.classpath = List.copyOf(classpath);
        this.parserConfiguration = parserConfiguration;
        // told whether or not a solver is ever built, so that every scan of the tree says it
        for (Path entry : this.classpath) {
            if (Files.isDirectory(entry)) {
                problems.add(entry + ": class directories are not read yet; pass jars");
            }
        }
    }

    /** A solver that builds its parts the first time a name is looked up. */
    public TypeSolver newLazySolver() {
        return new LazyTypeSolver(this::build);
    }

    /**
     * Tells {@code listener}, on the asking thread, how long a lookup spent reading the
     * source folders: work for the whole scan, not for the rule that asked.
     */
    public void onSharedWork(java.util.function.LongConsumer listener) {
        declarations.onSharedWork(listener);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    private synchronized List<Path> sourceRoots() {
        if (sourceRoots == null) {
            sourceRoots = List.copyOf(findSourceRoots.get());
        }
        return sourceRoots;
    }

    private TypeSolver build() {
        CombinedTypeSolver combined = new CombinedTypeSolver();
        combined.add(new ReflectionTypeSolver(true));
        for (Path root : sourceRoots()) {
            combined.add(new SourceTypeSolver(root, parserConfiguration.get(), declarations, SOURCE_CACHE_LIMIT));
        }
        for (Path entry : classpath) {
            try {
                if (Files.isRegularFile(entry)) {
                    combined.add(new JarTypeSolver(entry));
                }
            } catch (IOException | RuntimeException e) {
                synchronized (problems) {
                    String problem = entry + ": " + e.getMessage();
                    if (!problems.contains(problem)) {
                        problems.add(problem); // each thread's solver meets it
                    }
                }
            }
        }
        return combined;
    }
}
