package dev.backlint.engine;

import dev.backlint.api.FactKind;
import dev.backlint.api.Finding;
import dev.backlint.api.Fix;
import dev.backlint.api.FlowStep;
import dev.backlint.api.Level;
import dev.backlint.api.Location;
import dev.backlint.api.RelatedLocation;
import dev.backlint.api.SourceRange;
import dev.backlint.engine.FileFacts.ConstantExpr;
import dev.backlint.engine.FileFacts.TypeFacts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compact binary form of a {@link FileOutcome} in the cache: plain fields in a fixed
 * order, several times faster to read and write than Java serialisation.
 */
final class OutcomeCodec {

    private static final Level[] LEVELS = Level.values();
    private static final Notification.Kind[] KINDS = Notification.Kind.values();

    private OutcomeCodec() {
    }

    static byte[] encode(FileOutcome outcome, Map<String, FactKind<?>> kinds) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(outcome.findings().size());
            for (Finding finding : outcome.findings()) {
                writeFinding(out, finding);
            }
            out.writeInt(outcome.notifications().size());
            for (Notification notification : outcome.notifications()) {
                out.writeByte(notification.level().ordinal());
                writeNullable(out, notification.uri());
                out.writeInt(notification.line());
                writeNullable(out, notification.ruleId());
                out.writeByte(notification.kind().ordinal());
                writeString(out, notification.message());
            }
            out.writeBoolean(outcome.analysed());
            out.writeBoolean(outcome.failed());
            out.writeLong(outcome.lines());
            Dependencies dependencies = outcome.dependencies();
            writeStrings(out, dependencies.factsOf());
            writeStrings(out, dependencies.fileNames());
            writeStrings(out, dependencies.folders());
            out.writeBoolean(dependencies.solver());
            writeStrings(out, dependencies.textKinds());
            writeNullable(out, outcome.shape());
            // last, so that a reader that needs no facts stops before them
            out.writeBoolean(outcome.facts() != null);
            if (outcome.facts() != null) {
                writeFacts(out, outcome.facts(), kinds);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The whole outcome.
     *
     * @param kinds the kinds of facts of the scan by id; facts of other kinds are skipped
     */
    static FileOutcome decode(byte[] blob, Map<String, FactKind<?>> kinds) throws IOException {
        return decode(blob, kinds, true);
    }

    /** The outcome without its facts (they are the larger part, and rarely needed). */
    static FileOutcome decodeWithoutFacts(byte[] blob) throws IOException {
        return decode(blob, Map.of(), false);
    }

    /** Only the facts, or {@code null} when the file had none. */
    static FileFacts decodeFacts(byte[] blob, Map<String, FactKind<?>> kinds) throws IOException {
        return decode(blob, kinds, true).facts();
    }

    private static FileOutcome decode(byte[] blob, Map<String, FactKind<?>> kinds, boolean withFacts)
            throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(blob));
        int findingCount = in.readInt();
        List<Finding> findings = new ArrayList<>(findingCount);
        for (int i = 0; i < findingCount; i++) {
            findings.add(readFinding(in));
        }
        int notificationCount = in.readInt();
        List<Notification> notifications = new ArrayList<>(notificationCount);
        for (int i = 0; i < notificationCount; i++) {
            notifications.add(new Notification(LEVELS[in.readByte()], readNullable(in), in.readInt(), readNullable(in),
                    KINDS[in.readByte()], readString(in)));
        }
        boolean analysed = in.readBoolean();
        boolean failed = in.readBoolean();
        long lines = in.readLong();
        Dependencies dependencies = new Dependencies(Set.copyOf(readStrings(in)), Set.copyOf(readStrings(in)),
                Set.copyOf(readStrings(in)), in.readBoolean(), Set.copyOf(readStrings(in)));
        String shape = readNullable(in);
        FileFacts facts = withFacts && in.readBoolean() ? readFacts(in, kinds) : null;
        return new FileOutcome(findings, notifications, analysed, failed, lines, facts, dependencies, shape);
    }

    private static void writeFinding(DataOutputStream out, Finding finding) throws IOException {
        writeString(out, finding.ruleId());
        out.writeByte(finding.level().ordinal());
        writeString(out, finding.message());
        writeLocation(out, finding.location());
        writeString(out, finding.sourceLine());
        out.writeInt(finding.codeFlow().size());
        for (FlowStep step : finding.codeFlow()) {
            writeLocation(out, step.location());
            writeString(out, step.message());
        }
        out.writeInt(finding.related().size());
        for (RelatedLocation related : finding.related()) {
            out.writeInt(related.id());
            writeLocation(out, related.location());
            writeString(out, related.message());
        }
        out.writeBoolean(finding.suppressed());
        out.writeInt(finding.fixes().size());
        for (Fix fix : finding.fixes()) {
            writeString(out, fix.description());
            out.writeInt(fix.replacements().size());
            for (Fix.Replacement replacement : fix.replacements()) {
                writeRange(out, replacement.range());
                writeString(out, replacement.text());
            }
        }
    }

    private static Finding readFinding(DataInputStream in) throws IOException {
        String ruleId = readString(in);
        Level level = LEVELS[in.readByte()];
        String message = readString(in);
        Location location = readLocation(in);
        String sourceLine = readString(in);
        int steps = in.readInt();
        List<FlowStep> flow = new ArrayList<>(steps);
        for (int i = 0; i < steps; i++) {
            flow.add(new FlowStep(readLocation(in), readString(in)));
        }
        int relatedCount = in.readInt();
        List<RelatedLocation> related = new ArrayList<>(relatedCount);
        for (int i = 0; i < relatedCount; i++) {
            related.add(new RelatedLocation(in.readInt(), readLocation(in), readString(in)));
        }
        boolean suppressed = in.readBoolean();
        int fixCount = in.readInt();
        List<Fix> fixes = new ArrayList<>(fixCount);
        for (int i = 0; i < fixCount; i++) {
            String description = readString(in);
            int replacementCount = in.readInt();
            List<Fix.Replacement> replacements = new ArrayList<>(replacementCount);
            for (int j = 0; j < replacementCount; j++) {
                replacements.add(new Fix.Replacement(readRange(in), readString(in)));
            }
            fixes.add(new Fix(description, replacements));
        }
        return new Finding(ruleId, level, message, location, sourceLine, flow, related, suppressed, fixes);
    }

    private static void writeRange(DataOutputStream out, SourceRange range) throws IOException {
        out.writeInt(range.startLine());
        out.writeInt(range.startColumn());
        out.writeInt(range.endLine());
        out.writeInt(range.endColumn());
    }

    private static SourceRange readRange(DataInputStream in) throws IOException {
        return new SourceRange(in.readInt(), in.readInt(), in.readInt(), in.readInt());
    }

    private static void writeLocation(DataOutputStream out, Location location) throws IOException {
        writeString(out, location.path());
        SourceRange range = location.range();
        out.writeInt(range.startLine());
        out.writeInt(range.startColumn());
        out.writeInt(range.endLine());
        out.writeInt(range.endColumn());
    }

    private static Location readLocation(DataInputStream in) throws IOException {
        return new Location(readString(in), new SourceRange(in.readInt(), in.readInt(), in.readInt(), in.readInt()));
    }

    private static void writeFacts(DataOutputStream out, FileFacts facts, Map<String, FactKind<?>> kinds)
            throws IOException {
        writeString(out, facts.packageName());
        writeStrings(out, facts.imports());
        out.writeInt(facts.types().size());
        for (TypeFacts type : facts.types().values()) {
            writeString(out, type.qualifiedName());
            writeString(out, type.kind());
            writeStrings(out, type.annotations());
            writeStrings(out, type.supertypes());
            out.writeInt(type.constants().size());
            for (Map.Entry<String, ConstantExpr> constant : type.constants().entrySet()) {
                writeString(out, constant.getKey());
                writeConstant(out, constant.getValue());
            }
            out.writeInt(type.fields().size());
            for (Map.Entry<String, String> field : type.fields().entrySet()) {
                writeString(out, field.getKey());
                writeString(out, field.getValue());
            }
            writeStrings(out, type.stringMethods());
            out.writeInt(type.returnTypes().size());
            for (Map.Entry<String, String> method : type.returnTypes().entrySet()) {
                writeString(out, method.getKey());
                writeString(out, method.getValue());
            }
            out.writeInt(type.supertypeArguments().size());
            for (Map.Entry<String, String> supertype : type.supertypeArguments().entrySet()) {
                writeString(out, supertype.getKey());
                writeString(out, supertype.getValue());
            }
        }
        out.writeInt(facts.extras().size());
        for (Map.Entry<String, Object> extra : new java.util.TreeMap<>(facts.extras()).entrySet()) {
            writeString(out, extra.getKey());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
            try (DataOutputStream kindOut = new DataOutputStream(bytes)) {
                writeExtra(kindOut, kinds.get(extra.getKey()), extra.getValue());
            }
            out.writeInt(bytes.size());
            bytes.writeTo(out);
        }
    }

    @SuppressWarnings("unchecked")
    private static <F> void writeExtra(DataOutputStream out, FactKind<F> kind, Object facts) throws IOException {
        if (kind == null) {
            throw new IOException("facts of an unknown kind");
        }
        kind.write((F) facts, out);
    }

    private static FileFacts readFacts(DataInputStream in, Map<String, FactKind<?>> kinds) throws IOException {
        String pkg = readString(in);
        List<String> imports = List.copyOf(readStrings(in));
        int typeCount = in.readInt();
        Map<String, TypeFacts> types = new LinkedHashMap<>();
        for (int i = 0; i < typeCount; i++) {
            String name = readString(in);
            String kind = readString(in);
            List<String> annotations = List.copyOf(readStrings(in));
            List<String> supertypes = List.copyOf(readStrings(in));
            int constantCount = in.readInt();
            Map<String, ConstantExpr> constants = new LinkedHashMap<>();
            for (int c = 0; c < constantCount; c++) {
                constants.put(readString(in), readConstant(in));
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int f = in.readInt(); f > 0; f--) {
                fields.put(readString(in), readString(in));
            }
            Set<String> stringMethods = Set.copyOf(readStrings(in));
            Map<String, String> returnTypes = new LinkedHashMap<>();
            for (int m = in.readInt(); m > 0; m--) {
                returnTypes.put(readString(in), readString(in));
            }
            Map<String, String> supertypeArguments = new LinkedHashMap<>();
            for (int m = in.readInt(); m > 0; m--) {
                supertypeArguments.put(readString(in), readString(in));
            }
            types.put(name, new TypeFacts(name, kind, annotations, supertypes, constants, fields,
                    stringMethods, returnTypes, supertypeArguments));
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        for (int k = in.readInt(); k > 0; k--) {
            String id = readString(in);
            byte[] bytes = in.readNBytes(in.readInt());
            FactKind<?> kind = kinds.get(id);
            if (kind != null) {
                extras.put(id, kind.read(new DataInputStream(new ByteArrayInputStream(bytes))));
            }
        }
        return new FileFacts(pkg, imports, types, extras);
    }

    private static void writeConstant(DataOutputStream out, ConstantExpr expr) throws IOException {
        if (expr instanceof ConstantExpr.Literal literal) {
            out.writeByte(0);
            Object value = literal.value();
            if (value instanceof String s) {
                out.writeByte('s');
                writeString(out, s);
            } else if (value instanceof Integer i) {
                out.writeByte('i');
                out.writeInt(i);
            } else if (value instanceof Long l) {
                out.writeByte('l');
                out.writeLong(l);
            } else if (value instanceof Character c) {
                out.writeByte('c');
                out.writeChar(c);
            } else {
                out.writeByte('b');
                out.writeBoolean((Boolean) value);
            }
        } else if (expr instanceof ConstantExpr.Ref ref) {
            out.writeByte(1);
            writeNullable(out, ref.qualifier());
            writeString(out, ref.name());
        } else if (expr instanceof ConstantExpr.Arithmetic arithmetic) {
            out.writeByte(3);
            out.writeByte(arithmetic.operator().ordinal());
            writeConstant(out, arithmetic.left());
            writeConstant(out, arithmetic.right());
        } else {
            ConstantExpr.Plus plus = (ConstantExpr.Plus) expr;
            out.writeByte(2);
            writeConstant(out, plus.left());
            writeConstant(out, plus.right());
        }
    }

    private static ConstantExpr readConstant(DataInputStream in) throws IOException {
        int tag = in.readByte();
        if (tag == 0) {
            int kind = in.readByte();
            return new ConstantExpr.Literal(switch (kind) {
                case 's' -> readString(in);
                case 'i' -> in.readInt();
                case 'l' -> in.readLong();
                case 'c' -> in.readChar();
                case 'b' -> in.readBoolean();
                default -> throw new IOException("unknown literal kind " + kind);
            });
        }
        if (tag == 1) {
            return new ConstantExpr.Ref(readNullable(in), readString(in));
        }
        if (tag == 2) {
            return new ConstantExpr.Plus(readConstant(in), readConstant(in));
        }
        if (tag == 3) {
            int operator = in.readByte();
            com.github.javaparser.ast.expr.BinaryExpr.Operator[] operators =
                    com.github.javaparser.ast.expr.BinaryExpr.Operator.values();
            if (operator < 0 || operator >= operators.length) {
                throw new IOException("unknown operator " + operator);
            }
            return new ConstantExpr.Arithmetic(operators[operator], readConstant(in), readConstant(in));
        }
        throw new IOException("unknown constant tag " + tag);
    }

    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("negative string length");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void writeNullable(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            writeString(out, text);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    private static void writeStrings(DataOutputStream out, Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String text : strings) {
            writeString(out, text);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(readString(in));
        }
        return strings;
    }
}
