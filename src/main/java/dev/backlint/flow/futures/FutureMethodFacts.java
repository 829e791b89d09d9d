package dev.backlint.flow.futures;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.backlint.api.FactKind;
import dev.backlint.api.Project;
import dev.backlint.engine.FactExtractor;
import dev.backlint.models.Futures;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The methods of a file's types declared to return a future or a Reactor publisher, for
 * callers in other files: per type, each such method's name with {@code true} for a
 * publisher, {@code false} for a future. A name also declared with another return type (an
 * overload) is left out: a call could reach either. A repository that extends one of
 * Spring Data's reactive repositories hands back publishers from every method, inherited
 * ones included: it has {@link #EVERY_METHOD}.
 */
public final class FutureMethodFacts implements FactKind<Map<String, Map<String, Boolean>>> {

    public static final FutureMethodFacts KIND = new FutureMethodFacts();

    /** The key that stands for every method of a type. */
    static final String EVERY_METHOD = "*";

    private FutureMethodFacts() {
    }

    @Override
    public String id() {
        return "futures.methods";
    }

    @Override
    public Map<String, Map<String, Boolean>> extract(CompilationUnit unit, Project self) {
        Map<String, Map<String, Boolean>> facts = new TreeMap<>();
        for (TypeDeclaration<?> type : FactExtractor.memberTypes(unit)) {
            Optional<String> name = FactExtractor.enclosingTypeName(type);
            if (name.isEmpty()) {
                continue;
            }
            Map<String, Boolean> methods = new HashMap<>();
            Set<String> otherwise = new HashSet<>();
            for (MethodDeclaration method : type.getMethods()) {
                String returned = method.getType().isClassOrInterfaceType()
                        ? method.getType().asClassOrInterfaceType().getNameAsString() : "";
                boolean publisher = Futures.PUBLISHER_TYPES.contains(returned);
                if (publisher || Futures.FUTURE_TYPES.contains(returned)) {
                    if (methods.containsKey(method.getNameAsString()) && methods.get(method.getNameAsString()) != publisher) {
                        otherwise.add(method.getNameAsString());
                    }
                    methods.put(method.getNameAsString(), publisher);
                } else {
                    otherwise.add(method.getNameAsString());
                }
            }
            methods.keySet().removeAll(otherwise);
            if (type instanceof ClassOrInterfaceDeclaration declared && declared.getExtendedTypes().stream()
                    .map(extended -> extended.getNameAsString())
                    .anyMatch(extended -> extended.startsWith("Reactive") && extended.endsWith("Repository")
                            || extended.equals("R2dbcRepository"))) {
                methods.put(EVERY_METHOD, true);
            }
            if (!methods.isEmpty()) {
                facts.put(name.get(), Map.copyOf(methods));
            }
        }
        return Map.copyOf(facts);
    }

    @Override
    public void write(Map<String, Map<String, Boolean>> facts, DataOutput out) throws IOException {
        out.writeInt(facts.size());
        for (Map.Entry<String, Map<String, Boolean>> type : new TreeMap<>(facts).entrySet()) {
            out.writeUTF(type.getKey());
            out.writeInt(type.getValue().size());
            for (Map.Entry<String, Boolean> method : new TreeMap<>(type.getValue()).entrySet()) {
                out.writeUTF(method.getKey());
                out.writeBoolean(method.getValue());
            }
        }
    }

    @Override
    public Map<String, Map<String, Boolean>> read(DataInput in) throws IOException {
        Map<String, Map<String, Boolean>> facts = new HashMap<>();
        for (int t = in.readInt(); t > 0; t--) {
            String type = in.readUTF();
            Map<String, Boolean> methods = new HashMap<>();
            for (int m = in.readInt(); m > 0; m--) {
                methods.put(in.readUTF(), in.readBoolean());
            }
            facts.put(type, Map.copyOf(methods));
        }
        return Map.copyOf(facts);
    }
}
