package dev.backlint.flow.nullness;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.backlint.api.FactKind;
import dev.backlint.api.Project;
import dev.backlint.engine.FactExtractor;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Per type of a file, its methods ({@code name/arity}) declared to return an Optional, for callers in other files. */
public final class OptionalMethods implements FactKind<Map<String, Set<String>>> {

    public static final OptionalMethods KIND = new OptionalMethods();

    /** The simple names of the JDK's Optional classes. */
    static final Set<String> OPTIONALS = Set.of("Optional", "OptionalInt", "OptionalLong", "OptionalDouble");

    /** Whether a written type names one of the JDK's Optional classes, simple or qualified, type arguments aside. */
    static boolean isOptionalName(String written) {
        String name = written.replaceAll("<.*", "");
        return OPTIONALS.contains(name.startsWith("java.util.") ? name.substring("java.util.".length()) : name);
    }

    private OptionalMethods() {
    }

    @Override
    public String id() {
        return "nullness.optional-methods";
    }

    /** Whether the method is declared to return an Optional (as written). */
    static boolean returnsOptional(MethodDeclaration method) {
        return method.getType().isClassOrInterfaceType()
                && OPTIONALS.contains(method.getType().asClassOrInterfaceType().getNameAsString());
    }

    @Override
    public Map<String, Set<String>> extract(CompilationUnit unit, Project self) {
        Map<String, Set<String>> types = new TreeMap<>();
        for (TypeDeclaration<?> type : FactExtractor.memberTypes(unit)) {
            Set<String> methods = new TreeSet<>();
            for (MethodDeclaration method : type.getMethods()) {
                if (returnsOptional(method)) {
                    methods.add(method.getNameAsString() + "/" + method.getParameters().size());
                }
            }
            if (!methods.isEmpty()) {
                // named only when it has such methods: most types have none
                FactExtractor.enclosingTypeName(type).ifPresent(name -> types.put(name, Set.copyOf(methods)));
            }
        }
        return Map.copyOf(types);
    }

    @Override
    public void write(Map<String, Set<String>> facts, DataOutput out) throws IOException {
        out.writeInt(facts.size());
        for (Map.Entry<String, Set<String>> type : new TreeMap<>(facts).entrySet()) {
            out.writeUTF(type.getKey());
            out.writeInt(type.getValue().size());
            for (String method : new TreeSet<>(type.getValue())) {
                out.writeUTF(method);
            }
        }
    }

    @Override
    public Map<String, Set<String>> read(DataInput in) throws IOException {
        Map<String, Set<String>> facts = new HashMap<>();
        for (int t = in.readInt(); t > 0; t--) {
            String type = in.readUTF();
            Set<String> methods = new TreeSet<>();
            for (int m = in.readInt(); m > 0; m--) {
                methods.add(in.readUTF());
            }
            facts.put(type, Set.copyOf(methods));
        }
        return Map.copyOf(facts);
    }
}
