package dev.backlint.engine;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Providers;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.modules.ModuleDeclaration;
import com.github.javaparser.ast.modules.ModuleExportsDirective;
import com.github.javaparser.resolution.Navigator;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The types declared in the sources under one root, for the symbol solver. Only files
 * that may declare the name asked for are parsed: the file named after the type in its
 * package folder, then the first few files of that folder whose text declares a type of
 * that simple name. JavaParser's own source solver parses every file of each folder a
 * name could sit in when no file is named after it, down to the root itself: on a
 * default-package tree, the first library type looked up without its jar parses every
 * file of the tree on every thread.
 */
final class SourceTypeSolver implements TypeSolver {

    /** Files of other names tried for one type: a name repeated in many files is looked for in the first. */
    static final int MAX_CANDIDATES = 8;

    private final Path root;
    private final JavaParser parser;
    private final FolderDeclarations declarations;
    private final SoftCache<Path, Optional<CompilationUnit>> parsed;
    private final SoftCache<String, SymbolReference<ResolvedReferenceTypeDeclaration>> found;
    private Optional<ModuleDeclaration> module;
    private TypeSolver parent;

    /**
     * @param declarations the names each folder's files declare, shared by the solvers of a scan
     * @param cacheLimit   the most parsed files and answers kept (the memory may reclaim them sooner)
     */
    SourceTypeSolver(Path root, ParserConfiguration configuration, FolderDeclarations declarations, int cacheLimit) {
        this.root = root;
        this.parser = new JavaParser(configuration);
        this.declarations = declarations;
        this.parsed = new SoftCache<>(cacheLimit);
        this.found = new SoftCache<>(cacheLimit);
    }

    /** The most recently used entries, up to a limit, held softly: syntax trees are large. */
    private static final class SoftCache<K, V> {
        private final Map<K, SoftReference<V>> entries;

        SoftCache(int limit) {
            entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, SoftReference<V>> eldest) {
                    return size() > limit;
                }
            };
        }

        V get(K key) {
            SoftReference<V> value = entries.get(key);
            return value == null ? null : value.get();
        }

        void put(K key, V value) {
            entries.put(key, new SoftReference<>(value));
        }
    }

    @Override
    public TypeSolver getParent() {
        return parent;
    }

    @Override
    public void setParent(TypeSolver parent) {
        this.parent = parent;
    }

    @Override
    public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
        SymbolReference<ResolvedReferenceTypeDeclaration> known = found.get(name);
        if (known == null) {
            known = solve(name);
            found.put(name, known);
        }
        return known;
    }

    private SymbolReference<ResolvedReferenceTypeDeclaration> solve(String name) {
        String[] segments = name.split("\\.");
        // a.b.C.D may be type D nested in C of package a.b, or D nested in C nested in b of package a, ...
        for (int top = segments.length - 1; top >= 0; top--) {
            Path folder;
            try {
                folder = root.resolve(String.join("/", Arrays.copyOfRange(segments, 0, top)));
            } catch (InvalidPathException e) {
                continue;
            }
            String typeName = String.join(".", Arrays.copyOfRange(segments, top, segments.length));
            for (Path file : candidates(folder, segments[top])) {
                Optional<TypeDeclaration<?>> type = parse(file).flatMap(unit -> Navigator.findType(unit, typeName));
                if (type.isPresent()) {
                    return SymbolReference.solved(JavaParserFacade.get(this).getTypeDeclaration(type.get()));
                }
            }
        }
        return SymbolReference.unsolved();
    }

    /** The file named after the type, then the first files of other names whose text declares it. */
    private List<Path> candidates(Path folder, String simpleName) {
        List<Path> files = new ArrayList<>();
        Path named;
        try {
            named = folder.resolve(simpleName + ".java");
        } catch (InvalidPathException e) {
            return files;
        }
        files.add(named);
        for (Path file : declarations.declaring(folder, simpleName)) {
            if (files.size() > MAX_CANDIDATES) {
                break;
            }
            if (!file.equals(named)) {
                files.add(file);
            }
        }
        return files;
    }

    private Optional<CompilationUnit> parse(Path file) {
        Optional<CompilationUnit> unit = parsed.get(file);
        if (unit == null) {
            unit = Optional.empty();
            if (Files.isRegularFile(file)) {
                try {
                    unit = parser.parse(ParseStart.COMPILATION_UNIT,
                                    Providers.provider(file, parser.getParserConfiguration().getCharacterEncoding()))
                            .getResult()
                            .map(parsedUnit -> parsedUnit.setStorage(file));
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    // unreadable or nested too deeply: its types are not found, like any outside the sources
                }
            }
            parsed.put(file, unit);
        }
        return unit;
    }

    @Override
    public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(String qualifiedModuleName,
                                                                                 String simpleTypeName) {
        if (module == null) {
            module = parse(root.resolve("module-info.java")).flatMap(CompilationUnit::getModule);
        }
        if (module.isEmpty() || !module.get().getNameAsString().equals(qualifiedModuleName)) {
            return SymbolReference.unsolved();
        }
        for (var directive : module.get().getDirectives()) {
            if (directive instanceof ModuleExportsDirective exports) {
                SymbolReference<ResolvedReferenceTypeDeclaration> type =
                        tryToSolveType(exports.getNameAsString() + "." + simpleTypeName);
                if (type.isSolved()) {
                    return type;
                }
            }
        }
        return SymbolReference.unsolved();
    }

    @Override
    public String toString() {
        return "SourceTypeSolver{" + root + "}";
    }
}
