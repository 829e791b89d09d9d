package dev.backlint.engine;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedAnnotationDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Resolution for rules: every question answers an {@code Optional}, empty when the
 * symbol solver cannot tell (a jar is missing, the code does not compile). Misses are
 * counted, never thrown. Where resolution fails, {@link #importedName} reads the
 * file's imports instead. One per file checked; its solver is the worker thread's.
 */
public final class Resolver implements dev.backlint.api.Resolution {

    private final CompilationUnit unit;
    private final LongAdder misses;
    private final LongAdder nanos;
    private boolean asked;
    private java.util.Set<String> declaredNames;

    /**
     * @param misses counts the questions that found no answer
     * @param nanos  sums the time spent resolving
     */
    public Resolver(CompilationUnit unit, LongAdder misses, LongAdder nanos) {
        this.unit = unit;
        this.misses = misses;
        this.nanos = nanos;
    }

    /** The static type of {@code expression}. */
    @Override
    public Optional<ResolvedType> typeOf(Expression expression) {
        return attempt(expression::calculateResolvedType);
    }

    /** The method a call invokes. */
    @Override
    public Optional<ResolvedMethodDeclaration> method(MethodCallExpr call) {
        return attempt(call::resolve);
    }

    /**
     * The fully qualified name of an annotation: what a single-type import names, unless
     * a type of the file has the same simple name; else resolved when possible, else read
     * from the imports.
     */
    @Override
    public Optional<String> annotationName(AnnotationExpr annotation) {
        String written = annotation.getNameAsString();
        Optional<String> imported = importedName(written);
        if (imported.isPresent() && !written.contains(".") && !declaredHere(written)) {
            return imported; // the import decides; the solver would only find the same, at a cost
        }
        Optional<String> resolved = attempt(annotation::resolve).map(ResolvedAnnotationDeclaration::getQualifiedName);
        return resolved.isPresent() ? resolved : imported;
    }

    /** Whether the file declares a type of that simple name, which would shadow an import. */
    private boolean declaredHere(String simpleName) {
        if (declaredNames == null) {
            declaredNames = new java.util.HashSet<>();
            unit.findAll(TypeDeclaration.class).forEach(type -> declaredNames.add(type.getNameAsString()));
        }
        return declaredNames.contains(simpleName);
    }

    /**
     * What a type name written in this file stands for, judged from the imports alone:
     * a qualified name is itself; a simple name is what a single-type import names.
     * Otherwise nothing: wildcard imports and the file's own package are ambiguous
     * (see {@link #mayImport}).
     */
    @Override
    public Optional<String> importedName(String written) {
        if (written.contains(".")) {
            return Optional.of(written);
        }
        for (ImportDeclaration declaration : unit.getImports()) {
            if (!declaration.isStatic() && !declaration.isAsterisk()
                    && declaration.getName().getIdentifier().equals(written)) {
                return Optional.of(declaration.getNameAsString());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the simple name {@code written} may stand for {@code qualifiedName} in
     * this file: it is that name, imported by a single-type or wildcard import of its
     * package, or declared in the same package.
     */
    @Override
    public boolean mayImport(String written, String qualifiedName) {
        if (written.equals(qualifiedName)) {
            return true;
        }
        int dot = qualifiedName.lastIndexOf('.');
        String simple = qualifiedName.substring(dot + 1);
        String pkg = dot < 0 ? "" : qualifiedName.substring(0, dot);
        if (!written.equals(simple)) {
            return false;
        }
        boolean otherSingleImport = false;
        for (ImportDeclaration declaration : unit.getImports()) {
            if (declaration.isStatic()) {
                continue;
            }
            if (declaration.isAsterisk()) {
                if (declaration.getNameAsString().equals(pkg)) {
                    return true;
                }
            } else if (declaration.getNameAsString().equals(qualifiedName)) {
                return true;
            } else if (declaration.getName().getIdentifier().equals(simple)) {
                otherSingleImport = true;
            }
        }
        String ownPackage = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        // java.lang is imported by every file, unless a single-type import takes the name
        return !otherSingleImport && (ownPackage.equals(pkg) || pkg.equals("java.lang"));
    }

    /** The compilation unit of a node's file. */
    public CompilationUnit unit() {
        return unit;
    }

    /** Whether the symbol solver was asked anything for this file. */
    public boolean asked() {
        return asked;
    }

    private <T> Optional<T> attempt(Supplier<T> resolution) {
        asked = true;
        long start = System.nanoTime();
        try {
            return Optional.ofNullable(resolution.get());
        } catch (RuntimeException | StackOverflowError e) {
            misses.increment();
            return Optional.empty();
        } finally {
            nanos.add(System.nanoTime() - start);
        }
    }
}
