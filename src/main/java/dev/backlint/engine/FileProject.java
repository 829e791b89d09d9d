package dev.backlint.engine;

import com.github.javaparser.ast.Node;
import dev.backlint.api.FactKind;
import dev.backlint.api.ModelOptions;
import dev.backlint.api.Project;
import dev.backlint.api.ScannedType;
import java.util.List;
import java.util.Optional;

/**
 * The {@link Project} seen from one file: its questions are put to the scan's
 * {@link ProjectIndex} with the file's facts as the context that names types, and to the
 * constants of the library jars.
 */
final class FileProject implements Project {

    private final ProjectIndex index;
    private final SourceFile file;
    private final FileFacts facts;
    private final LibraryConstants libraries;
    private final ModelOptions options;
    /** The answers of {@link #type}, by where the name is written and the name: one file's, on one thread. */
    private final java.util.Map<String, Optional<ScannedType>> types = new java.util.HashMap<>();

    /** @param file the file, or {@code null} for a view of its facts alone (fact extraction) */
    FileProject(ProjectIndex index, SourceFile file, FileFacts facts, LibraryConstants libraries,
                ModelOptions options) {
        this.options = options;
        this.index = index;
        this.file = file;
        this.facts = facts;
        this.libraries = libraries;
    }

    @Override
    public Optional<ScannedType> type(String written, Node at) {
        String enclosing = enclosing(at);
        // rules ask the same names many times in a file: each is looked up once
        return types.computeIfAbsent(enclosing + '\u0000' + written,
                key -> index.resolveType(file, facts, enclosing, written).map(ScannedType.class::cast));
    }

    @Override
    public Optional<ScannedType> type(String written, ScannedType near) {
        ProjectIndex.Declared declared = (ProjectIndex.Declared) near;
        return types.computeIfAbsent(declared.file().uri() + '\u0001' + declared.qualifiedName() + '\u0000' + written,
                key -> index.resolveType(declared.file(), declared.fileFacts(), declared.qualifiedName(), written)
                        .map(ScannedType.class::cast));
    }

    @Override
    public List<String> typeNames(String written, Node at) {
        return ProjectIndex.typeNames(facts, enclosing(at), written);
    }

    @Override
    public List<String> typeNames(String written, ScannedType near) {
        ProjectIndex.Declared declared = (ProjectIndex.Declared) near;
        return ProjectIndex.typeNames(declared.fileFacts(), declared.qualifiedName(), written);
    }

    @Override
    public Optional<Object> constant(ScannedType owner, String name) {
        return index.constant((ProjectIndex.Declared) owner, name);
    }

    @Override
    public Optional<Object> constantNamed(String name, Node at) {
        Optional<Object> scanned = index.constantByName(file, facts, enclosing(at), name);
        return scanned.isPresent() ? scanned : staticallyImportedLibraryConstant(name);
    }

    @Override
    public Optional<Object> constantOf(String qualifier, String name, Node at) {
        Optional<Object> scanned = index.constantByQualifier(file, facts, enclosing(at), qualifier, name);
        return scanned.isPresent() ? scanned : libraryConstant(qualifier, name, at);
    }

    @Override
    public <F> Optional<F> facts(FactKind<F> kind) {
        if (kind.lazy()) {
            return file == null ? Optional.empty() : index.lazyFacts(kind, file, options);
        }
        return facts.extra(kind);
    }

    @Override
    public <F> Optional<F> textFacts(dev.backlint.api.TextFactKind<F> kind, String written, Node at) {
        if (file == null) {
            return Optional.empty();
        }
        return index.declaringFile(file, facts, enclosing(at), written).map(declaring -> index.textFacts(kind, declaring));
    }

    @Override
    public <F> Optional<F> textFacts(dev.backlint.api.TextFactKind<F> kind, String written, ScannedType near) {
        ProjectIndex.Declared declared = (ProjectIndex.Declared) near;
        return index.declaringFile(declared.file(), declared.fileFacts(), declared.qualifiedName(), written)
                .map(declaring -> index.textFacts(kind, declaring));
    }

    @Override
    public <F> Optional<F> textFactsOfNamedFile(dev.backlint.api.TextFactKind<F> kind, String written, Node at) {
        if (file == null) {
            return Optional.empty();
        }
        return index.namedFile(file, facts, enclosing(at), written).map(declaring -> index.textFacts(kind, declaring));
    }

    @Override
    public java.util.Set<String> textIndex(dev.backlint.api.TextIndexKind kind) {
        return index.textIndex(kind);
    }

    @Override
    public <F> Optional<F> facts(FactKind<F> kind, ScannedType type) {
        ProjectIndex.Declared declared = (ProjectIndex.Declared) type;
        if (kind.lazy()) {
            return declared.file() == null ? Optional.empty() : index.lazyFacts(kind, declared.file(), options);
        }
        return declared.fileFacts().extra(kind);
    }

    /**
     * {@code Type.NAME} of a library class, the type named as a type of this file would
     * be ({@link ProjectIndex#typeNames}). Silent when none has it.
     */
    private Optional<Object> libraryConstant(String qualifier, String name, Node at) {
        String owner = qualifier.substring(qualifier.lastIndexOf('.') + 1);
        if (owner.isEmpty() || !Character.isUpperCase(owner.charAt(0))) {
            return Optional.empty(); // a variable's field, not a class's constant
        }
        for (String candidate : ProjectIndex.typeNames(facts, enclosing(at), qualifier)) {
            Optional<Object> value = libraries.value(candidate, name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** A simple name imported with {@code import static a.b.Type.NAME} (or {@code .*}) from a library class. */
    private Optional<Object> staticallyImportedLibraryConstant(String name) {
        for (String imported : facts.imports()) {
            if (imported.startsWith("static ") && (imported.endsWith("." + name) || imported.endsWith(".*"))) {
                String member = imported.substring("static ".length());
                Optional<Object> value = libraries.value(member.substring(0, member.lastIndexOf('.')), name);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    private static String enclosing(Node node) {
        return FactExtractor.enclosingTypeName(node).orElse(null);
    }

    @Override
    public ModelOptions options() {
        return options;
    }
}
