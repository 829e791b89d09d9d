package dev.backlint.engine;

import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import java.util.function.Supplier;

/** Defers building an expensive solver (jar indexes) until a name is first looked up. */
final class LazyTypeSolver implements TypeSolver {

    private final Supplier<TypeSolver> factory;
    private TypeSolver delegate;
    private TypeSolver parent;

    LazyTypeSolver(Supplier<TypeSolver> factory) {
        this.factory = factory;
    }

    private TypeSolver delegate() {
        if (delegate == null) {
            delegate = factory.get();
            delegate.setParent(this);
        }
        return delegate;
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
        return delegate().tryToSolveType(name);
    }

    @Override
    public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(String qualifiedModuleName,
                                                                                 String simpleTypeName) {
        return delegate().tryToSolveTypeInModule(qualifiedModuleName, simpleTypeName);
    }
}
