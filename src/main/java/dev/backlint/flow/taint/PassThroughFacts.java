package dev.backlint.flow.taint;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.backlint.api.FactKind;
import dev.backlint.api.Project;
import dev.backlint.api.ScannedType;
import dev.backlint.engine.FactExtractor;
import dev.backlint.flow.constants.ConstantEvaluator;
import dev.backlint.api.TextTypes;
import dev.backlint.models.WebSources;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Summaries of the methods of a file's types for callers in other files: per type and
 * method ({@code name/arity}), the bit set of the parameters whose value may reach what
 * the method returns, and a bit for request data it reads itself and returns. Computed from the file alone, so a summary is a fact of its file.
 */
public final class PassThroughFacts implements FactKind<Map<String, Map<String, Integer>>> {

    public static final PassThroughFacts KIND = new PassThroughFacts();

    private PassThroughFacts() {
    }

    @Override
    public String id() {
        return "taint.pass-through";
    }

    /** The bit of a method that returns request data it reads itself (from a request it is given or holds). */
    private static final int READS_REQUEST = 1 << 31;

    /**
     * Whether a scanned implementation of the interface or abstract class {@code owner}
     * passes argument {@code index} of its method {@code name/arity} on.
     */
    static boolean implementationPasses(Project project, ScannedType owner, String name, int arity, int index) {
        for (ScannedType implementation : dev.backlint.flow.Implementations.scanned(owner, project)) {
            if (passesThrough(project, implementation, name, arity, index)) {
                return true;
            }
        }
        return false;
    }

    /** The entry that marks an interface or an abstract class, whose calls run what its implementations do. */
    private static final String ABSTRACT = "#abstract";

    /** Whether {@code type} is an interface or an abstract class. */
    static boolean isAbstract(Project project, ScannedType type) {
        return project.facts(KIND, type)
                .map(all -> all.getOrDefault(type.qualifiedName(), Map.of()).containsKey(ABSTRACT)).orElse(false);
    }

    /**
     * Whether the result of {@code name} with {@code arity} arguments of {@code type} may
     * carry argument {@code index}, or ({@code index} -1) request data the method reads itself.
     */
    static boolean passesThrough(Project project, ScannedType type, String name, int arity, int index) {
        Optional<Map<String, Map<String, Integer>>> facts = project.facts(BITS, type);
        Integer bits = facts.map(all -> all.getOrDefault(type.qualifiedName(), Map.of()).get(name + "/" + arity))
                .orElse(null);
        int bit = index < 0 ? READS_REQUEST : index < 31 ? 1 << index : 0;
        return bits != null && (bits & bit) != 0;
    }

    @Override
    public Map<String, Map<String, Integer>> extract(CompilationUnit unit, Project self) {
        Map<String, Map<String, Integer>> summaries = new TreeMap<>();
        boolean application = !dev.backlint.models.LibraryPackages.isLibrary(
                unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse(""));
        for (TypeDeclaration<?> type : FactExtractor.memberTypes(unit)) {
            Map<String, Integer> methods = new HashMap<>();
            if (application) {
                methods.putAll(returnTypes(type, self));
            }
            if (type instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration declared
                    && (declared.isInterface() || declared.isAbstract())) {
                methods.put(ABSTRACT, 1);
            }
            if (!methods.isEmpty()) {
                // named only when there is something to say of it
                FactExtractor.enclosingTypeName(type).ifPresent(name -> summaries.put(name, Map.copyOf(methods)));
            }
        }
        return Map.copyOf(summaries);
    }

    /**
     * The parameters each method passes on, per type: worked out only for the files other
     * files ask about, since the flows of every method of every file cost much and few are read.
     */
    public static final FactKind<Map<String, Map<String, Integer>>> BITS = new FactKind<>() {
        @Override
        public String id() {
            return "taint.pass-through-bits";
        }

        @Override
        public boolean lazy() {
            return true;
        }

        @Override
        public Map<String, Map<String, Integer>> extract(CompilationUnit unit, Project self) {
            ConstantEvaluator constants = new ConstantEvaluator(self);
            Map<String, Map<String, Integer>> summaries = new TreeMap<>();
            for (TypeDeclaration<?> type : FactExtractor.memberTypes(unit)) {
                Optional<String> name = FactExtractor.enclosingTypeName(type);
                if (name.isPresent()) {
                    Map<String, Integer> methods = of(type, constants, self);
                    if (!methods.isEmpty()) {
                        summaries.put(name.get(), methods);
                    }
                }
            }
            return Map.copyOf(summaries);
        }

        @Override
        public void write(Map<String, Map<String, Integer>> facts, DataOutput out) throws IOException {
            KIND.write(facts, out);
        }

        @Override
        public Map<String, Map<String, Integer>> read(DataInput in) throws IOException {
            return KIND.read(in);
        }
    };

    /** Classes of {@code java.lang}, which a file names without importing them. */
    private static final Set<String> JAVA_LANG = Set.of("String", "Object", "Integer", "Long", "Boolean", "Double",
            "Float", "Short", "Byte", "Character", "Number", "CharSequence", "StringBuilder", "StringBuffer", "Void",
            "Class", "Iterable", "Runnable", "Thread", "Throwable", "Exception", "RuntimeException", "Error", "Enum",
            "Record", "Comparable", "AutoCloseable", "Process", "ClassLoader");

    /** What separates a method's key from the type it is declared to return, in a return-type entry. */
    private static final String RETURNS = "->";

    /**
     * The types the class's non-private methods are declared to return, when those are
     * classes of the application (a factory's {@code create()} returning {@code Thing}):
     * entries {@code name/arity->Type} as the file writes the type.
     */
    private static Map<String, Integer> returnTypes(TypeDeclaration<?> type, Project self) {
        Map<String, Integer> entries = new HashMap<>();
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof MethodDeclaration method && !method.isPrivate()
                    && method.getType().isClassOrInterfaceType()) {
                String written = method.getType().asClassOrInterfaceType().getNameWithScope();
                if (JAVA_LANG.contains(written)) {
                    continue;
                }
                List<String> names = self.typeNames(written, method);
                if (!names.isEmpty() && !dev.backlint.models.LibraryPackages.names(names)) {
                    entries.put(method.getNameAsString() + "/" + method.getParameters().size() + RETURNS + written, 1);
                }
            }
        }
        return entries;
    }

    /**
     * The application class a method of {@code type} is declared to return, resolved where
     * the method is declared; empty for library types and unknown methods.
     */
    static Optional<ScannedType> returnType(Project project, ScannedType type, String name, int arity) {
        Map<String, Integer> methods = project.facts(KIND, type)
                .map(all -> all.getOrDefault(type.qualifiedName(), Map.of())).orElse(Map.of());
        String prefix = name + "/" + arity + RETURNS;
        for (String key : methods.keySet()) {
            if (key.startsWith(prefix)) {
                return project.type(key.substring(prefix.length()), type);
            }
        }
        return Optional.empty();
    }

    /**
     * The fields of the class that its constructors or methods assign request data read from
     * a request they are given or hold ({@code this.query = request.getParameter("q")}),
     * found by the syntax: the value calls a request method on a receiver declared as one.
     */
    private static Set<String> requestFields(TypeDeclaration<?> type) {
        Set<String> fields = new HashSet<>();
        Set<String> declared = new HashSet<>();
        type.getFields().forEach(f -> f.getVariables().forEach(v -> declared.add(v.getNameAsString())));
        if (declared.isEmpty() || !handlesRequests(type)) {
            return fields;
        }
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (!(member instanceof com.github.javaparser.ast.body.CallableDeclaration<?>)) {
                continue;
            }
            member.walk(com.github.javaparser.ast.expr.AssignExpr.class, assign -> {
                String target = assign.getTarget() instanceof NameExpr name ? name.getNameAsString()
                        : assign.getTarget() instanceof com.github.javaparser.ast.expr.FieldAccessExpr access
                        && access.getScope().isThisExpr() ? access.getNameAsString() : null;
                if (target != null && declared.contains(target) && assign.getValue().findFirst(
                        com.github.javaparser.ast.expr.MethodCallExpr.class,
                        call -> WebSources.REQUEST_METHODS.contains(call.getNameAsString()) && call.getScope().isPresent()
                                && TaintFlow.writtenAsRequest(call.getScope().get())).isPresent()) {
                    fields.add(target);
                }
            });
        }
        return fields;
    }

    /** Whether a constructor or method of the class takes a request, or a field holds one: the cheap test first. */
    private static boolean handlesRequests(TypeDeclaration<?> type) {
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof com.github.javaparser.ast.body.CallableDeclaration<?> callable
                    && callable.getParameters().stream().anyMatch(p -> isRequestType(p.getType()))
                    || member instanceof com.github.javaparser.ast.body.FieldDeclaration field
                    && isRequestType(field.getElementType())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRequestType(com.github.javaparser.ast.type.Type type) {
        return type.isClassOrInterfaceType() && (type.asClassOrInterfaceType().getNameAsString().equals("HttpServletRequest")
                || type.asClassOrInterfaceType().getNameAsString().equals("ServletRequest"));
    }

    private static Map<String, Integer> of(TypeDeclaration<?> type, ConstantEvaluator constants, Project self) {
        Map<String, Integer> bits = new HashMap<>();
        Set<String> requestFields = requestFields(type);
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (!(member instanceof MethodDeclaration method) || method.getBody().isEmpty() || method.isPrivate()
                    || !TextTypes.mayReturnText(method.getType())) {
                continue; // a private method is called from its own file alone, whose flow reads its body
            }
            String key = method.getNameAsString() + "/" + method.getParameters().size();
            int reads = readsRequest(method) && TaintFlow.returnsRequestData(method, constants, self).orElse(false)
                    || !requestFields.isEmpty() && namesOneOf(method, requestFields)
                    && TaintFlow.returnsFields(method, requestFields, constants, self) ? READS_REQUEST : 0;
            // cheap first: a parameter the body never names, or a body that returns only
            // literals, passes nothing on
            Set<String> named = new HashSet<>();
            method.getBody().get().walk(NameExpr.class, name -> named.add(name.getNameAsString()));
            boolean returnsComputed = method.getBody().get().findFirst(ReturnStmt.class,
                    ret -> ret.getExpression().filter(e -> !e.isLiteralExpr()).isPresent()).isPresent();
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < Math.min(31, method.getParameters().size()) && returnsComputed; i++) {
                Parameter parameter = method.getParameter(i);
                if (!TextTypes.holdsNoText(parameter.getType()) && named.contains(parameter.getNameAsString())) {
                    candidates.add(i);
                }
            }
            // one walk with every candidate first: most methods pass none of them on
            boolean some = candidates.size() == 1
                    || !candidates.isEmpty() && TaintFlow.passesAnyThrough(method, candidates, constants, self).orElse(true);
            int mine = 0;
            for (int i : some ? candidates : List.<Integer>of()) {
                if (TaintFlow.passesThrough(method, i, constants, self)) {
                    mine |= 1 << i;
                }
            }
            // overloads of one arity: a parameter counts only when every overload passes it on
            bits.merge(key, mine | reads, (a, b) -> a & b);
        }
        bits.entrySet().removeIf(e -> e.getValue() == 0);
        return Map.copyOf(bits);
    }

    /** Whether the method's body names one of the fields. */
    private static boolean namesOneOf(MethodDeclaration method, Set<String> fields) {
        return method.getBody().get().findFirst(com.github.javaparser.ast.expr.SimpleName.class,
                name -> fields.contains(name.getIdentifier())).isPresent();
    }

    /** Whether the method calls a servlet request method by name: the cheap test before its flow is read. */
    private static boolean readsRequest(MethodDeclaration method) {
        return method.getBody().get().findFirst(com.github.javaparser.ast.expr.MethodCallExpr.class,
                call -> WebSources.REQUEST_METHODS.contains(call.getNameAsString()) && call.getScope().isPresent())
                .isPresent();
    }

    @Override
    public void write(Map<String, Map<String, Integer>> facts, DataOutput out) throws IOException {
        out.writeInt(facts.size());
        for (Map.Entry<String, Map<String, Integer>> type : new TreeMap<>(facts).entrySet()) {
            out.writeUTF(type.getKey());
            out.writeInt(type.getValue().size());
            for (Map.Entry<String, Integer> method : new TreeMap<>(type.getValue()).entrySet()) {
                out.writeUTF(method.getKey());
                out.writeInt(method.getValue());
            }
        }
    }

    @Override
    public Map<String, Map<String, Integer>> read(DataInput in) throws IOException {
        Map<String, Map<String, Integer>> facts = new HashMap<>();
        for (int t = in.readInt(); t > 0; t--) {
            String type = in.readUTF();
            Map<String, Integer> methods = new HashMap<>();
            for (int m = in.readInt(); m > 0; m--) {
                methods.put(in.readUTF(), in.readInt());
            }
            facts.put(type, Map.copyOf(methods));
        }
        return Map.copyOf(facts);
    }
}
