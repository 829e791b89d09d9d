package dev.backlint.models;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A MyBatis mapper XML file as the SQL rules read it: its statements ({@code select},
 * {@code insert}, {@code update}, {@code delete}) and {@code sql} fragments, each with the
 * range of its content in the file's text, the tags inside it and the fragments it
 * includes. Read with the JDK's SAX parser set against external entities and DTD
 * fetching: a mapper names MyBatis's DTD by URL, and a scanned file must never make the
 * scanner read a local file or reach the network.
 */
public final class MyBatisMapper {

    /** The statement elements, and the fragment element. */
    public static final Set<String> STATEMENTS = Set.of("select", "insert", "update", "delete");
    public static final String FRAGMENT = "sql";

    /** An {@code <include refid>} inside a statement or fragment, with the properties it sets. */
    public record Include(String refid, Map<String, String> properties, int start, int end) {
    }

    /**
     * A statement or fragment: its element name and id, the offsets of its content in the
     * text ({@code start} inclusive, {@code end} exclusive), the ranges of the tags within
     * it (offset pairs), and its includes.
     */
    public record Element(String name, String id, int start, int end, List<int[]> tags, List<Include> includes) {
    }

    /** A {@code ${…}} substitution: its name, its offsets in the text, and the element it is written in. */
    public record Substitution(String name, int start, int end, Element in) {
    }

    private static final java.util.regex.Pattern SUBSTITUTION = java.util.regex.Pattern.compile("\\$\\{\\s*([^}]*?)\\s*}");
    /** MyBatis-Plus wrapper segments: SQL the wrapper builds with its own bind parameters. */
    public static final Set<String> WRAPPER_SEGMENTS = Set.of("ew.customSqlSegment", "ew.sqlSegment",
            "ew.sqlSelect", "ew.sqlSet", "ew.sqlFirst", "ew.sqlComment");

    private final String text;
    private final String namespace;
    private final List<Element> elements;
    private final List<Integer> lineStarts;
    /** The values the {@code <bind>} elements of the file give each name (OGNL expressions). */
    private final Map<String, List<String>> binds;
    private static final java.util.regex.Pattern OGNL_LITERAL = java.util.regex.Pattern.compile(
            "\\s*(?:'[^']*'|-?\\d+(?:\\.\\d+)?|true|false)\\s*");

    private MyBatisMapper(String text, String namespace, List<Element> elements, Map<String, List<String>> binds) {
        this.binds = Map.copyOf(binds);
        this.text = text;
        this.namespace = namespace;
        this.elements = List.copyOf(elements);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = List.copyOf(starts);
    }

    /** The names of the {@code ${…}} substitutions in SQL text (of an annotation, say), in order. */
    public static List<String> substitutionNames(String sql) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher matcher = SUBSTITUTION.matcher(sql);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    public String text() {
        return text;
    }

    /** The 1-based line of an offset. */
    public int line(int offset) {
        int found = java.util.Collections.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 1-based column of an offset, in UTF-16 units. */
    public int column(int offset) {
        return offset - lineStarts.get(line(offset) - 1) + 1;
    }

    /** The text of a 1-based line, without its line break. */
    public String lineText(int line) {
        int start = lineStarts.get(line - 1);
        int end = line < lineStarts.size() ? lineStarts.get(line) - 1 : text.length();
        return text.substring(start, Math.max(start, end)).replace("\r", "");
    }

    /**
     * The {@code ${…}} substitutions written in the statements and fragments, less those
     * that carry no caller's value: MyBatis-Plus wrapper segments, a fragment's
     * {@code ${name}} that every {@code <include>} of the fragment sets to a constant
     * with a {@code <property>}, and a name that every {@code <bind>} of the file sets to
     * a literal. Comments and tags are not read.
     */
    public List<Substitution> substitutions() {
        List<Substitution> found = new ArrayList<>();
        for (Element element : elements) {
            java.util.regex.Matcher matcher = SUBSTITUTION.matcher(new String(blanked(element)));
            while (matcher.find()) {
                String name = matcher.group(1);
                if (!WRAPPER_SEGMENTS.contains(name) && !setByEveryInclude(element, name) && !boundToLiterals(name)) {
                    found.add(new Substitution(name, element.start() + matcher.start(), element.start() + matcher.end(),
                            element));
                }
            }
        }
        return found;
    }

    /** The substitutions a statement runs: its own, and those of the fragments it includes, however deep. */
    public List<Substitution> substitutionsOf(Element statement) {
        List<Substitution> all = substitutions();
        List<Substitution> found = new ArrayList<>();
        collect(statement, all, found, new java.util.HashSet<>());
        return found;
    }

    private void collect(Element element, List<Substitution> all, List<Substitution> found, Set<String> seen) {
        all.stream().filter(s -> s.in() == element).forEach(found::add);
        for (Include include : element.includes()) {
            fragment(include.refid()).filter(f -> seen.add(f.id())).ifPresent(f -> collect(f, all, found, seen));
        }
    }

    /**
     * Whether every {@code <bind>} of the name in the file gives it a literal
     * ({@code <bind name="queryType" value="'and'"/>}): a constant the mapper chooses.
     */
    private boolean boundToLiterals(String name) {
        List<String> values = binds.get(name);
        return values != null && values.stream().allMatch(value -> OGNL_LITERAL.matcher(value).matches());
    }

    /** Whether the element is a fragment whose every include sets the name with a property to a constant. */
    private boolean setByEveryInclude(Element element, String name) {
        if (!element.name().equals(FRAGMENT)) {
            return false;
        }
        boolean included = false;
        for (Element other : elements) {
            for (Include include : other.includes()) {
                if (fragment(include.refid()).filter(f -> f == element).isPresent()) {
                    included = true;
                    String value = include.properties().get(name);
                    if (value == null || value.contains("${")) {
                        return false;
                    }
                }
            }
        }
        return included;
    }

    /** The element's content with its tags, comments and CDATA markers turned to spaces, offsets kept. */
    public char[] blanked(Element element) {
        int start = Math.min(element.start(), text.length());
        int end = Math.max(start, Math.min(element.end(), text.length()));
        char[] content = text.substring(start, end).toCharArray();
        for (int[] tag : element.tags()) {
            blank(content, tag[0] - start, tag[1] - start);
        }
        String raw = new String(content);
        for (int at = raw.indexOf("<!--"); at >= 0; at = raw.indexOf("<!--", at + 4)) {
            int close = raw.indexOf("-->", at);
            blank(content, at, close < 0 ? content.length : close + 3);
        }
        for (int at = raw.indexOf("<![CDATA["); at >= 0; at = raw.indexOf("<![CDATA[", at + 9)) {
            blank(content, at, at + 9);
            int close = raw.indexOf("]]>", at);
            if (close >= 0) {
                blank(content, close, close + 3);
            }
        }
        return content;
    }

    private static void blank(char[] content, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(content.length, to); i++) {
            if (content[i] != '\n') {
                content[i] = ' ';
            }
        }
    }

    /**
     * The rule ids that a {@code <!-- backlint:ignore id … -->} comment ignores on a line
     * (the comment's last line and the next); {@code *} when it names none.
     */
    public Set<String> ignoredAt(int line) {
        Set<String> ids = new java.util.HashSet<>();
        for (int at = text.indexOf("<!--"); at >= 0; at = text.indexOf("<!--", at + 4)) {
            int end = text.indexOf("-->", at);
            end = end < 0 ? text.length() : end;
            int commentLine = line(end);
            if (commentLine != line && commentLine + 1 != line) {
                continue;
            }
            dev.backlint.engine.Suppressions.ignoredIds(text.substring(at, end)).ifPresent(ids::addAll);
        }
        return ids;
    }

    /** Whether the text is a MyBatis mapper by its DOCTYPE or its root element, read without parsing. */
    public static boolean looksLikeMapper(String text) {
        int root = text.indexOf("<mapper");
        return root >= 0 && (text.contains("mybatis.org//DTD Mapper") || text.indexOf("namespace", root) >= 0);
    }

    public String namespace() {
        return namespace;
    }

    public List<Element> elements() {
        return elements;
    }

    /** The fragment with this id, if the file declares it (a refid of another namespace is not followed). */
    public Optional<Element> fragment(String refid) {
        String local = refid.startsWith(namespace + ".") ? refid.substring(namespace.length() + 1) : refid;
        return elements.stream().filter(e -> e.name().equals(FRAGMENT) && e.id().equals(local)).findFirst();
    }

    /**
     * Reads a mapper.
     *
     * @throws SAXException when the text is not well-formed XML
     */
    public static MyBatisMapper parse(String text) throws SAXException {
        SAXParser parser;
        try {
            parser = secureFactory().newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser cannot be configured safely", e);
        }
        LineOffsets lines = new LineOffsets(text);
        Reader reader = new Reader(text, lines);
        try {
            InputSource source = new InputSource(new StringReader(text));
            parser.parse(source, reader);
        } catch (IOException e) {
            throw new SAXException("could not read: " + e.getMessage(), e);
        }
        return new MyBatisMapper(text, reader.namespace, reader.elements, reader.binds);
    }

    /**
     * A SAX factory that reads no external entity, no external DTD and no schema: the JDK's
     * own parser, whatever else the class path holds (a Xerces beside backlint in a build
     * knows the features by other names).
     */
    static SAXParserFactory secureFactory() throws ParserConfigurationException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (SAXException e) {
            throw new ParserConfigurationException("cannot turn off external entities: " + e.getMessage());
        }
        return factory;
    }

    /** Offsets of line starts, to turn the parser's line and column into an offset of the text. */
    private static final class LineOffsets {
        private final List<Integer> starts = new ArrayList<>();
        private final int length;

        LineOffsets(String text) {
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            length = text.length();
        }

        int offset(int line, int column) {
            if (line < 1 || line > starts.size()) {
                return length;
            }
            return Math.min(length, starts.get(line - 1) + Math.max(0, column - 1));
        }
    }

    /** Collects the statements and fragments, their content ranges, inner tags and includes. */
    private static final class Reader extends DefaultHandler {
        private final String text;
        private final LineOffsets lines;
        private Locator locator;
        private String namespace = "";
        private final List<Element> elements = new ArrayList<>();
        /** The open elements: name, start of the start tag, end of the start tag. */
        private final Deque<Object[]> open = new ArrayDeque<>();
        private Object[] statement;
        private List<int[]> tags;
        private List<Include> includes;
        private Include include;
        private Map<String, String> properties;
        private final Map<String, List<String>> binds = new HashMap<>();

        Reader(String text, LineOffsets lines) {
            this.text = text;
            this.lines = lines;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        /** Answers every external entity or DTD with nothing: nothing is read or fetched. */
        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            return new InputSource(new StringReader(""));
        }

        private int here() {
            return lines.offset(locator.getLineNumber(), locator.getColumnNumber());
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            int tagEnd = here();
            int tagStart = Math.max(0, text.lastIndexOf('<', Math.max(0, tagEnd - 1)));
            open.push(new Object[] {qName, tagStart, tagEnd});
            if (qName.equals("mapper") && open.size() == 1) {
                namespace = attributes.getValue("namespace") == null ? "" : attributes.getValue("namespace");
            } else if (open.size() == 2 && (STATEMENTS.contains(qName) || qName.equals(FRAGMENT))) {
                statement = new Object[] {qName, attributes.getValue("id") == null ? "" : attributes.getValue("id"), tagEnd};
                tags = new ArrayList<>();
                includes = new ArrayList<>();
            } else if (statement != null) {
                if (qName.equals("include")) {
                    properties = new HashMap<>();
                    include = new Include(attributes.getValue("refid") == null ? "" : attributes.getValue("refid"),
                            properties, tagStart, tagEnd);
                } else if (qName.equals("bind") && attributes.getValue("name") != null) {
                    binds.computeIfAbsent(attributes.getValue("name"), k -> new ArrayList<>())
                            .add(attributes.getValue("value") == null ? "" : attributes.getValue("value"));
                } else if (qName.equals("property") && include != null && attributes.getValue("name") != null) {
                    properties.put(attributes.getValue("name"),
                            attributes.getValue("value") == null ? "" : attributes.getValue("value"));
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Object[] element = open.pop();
            int end = here();
            if (statement != null && open.size() == 1) {
                int closing = Math.max((int) statement[2], text.lastIndexOf("</", Math.max(0, end - 1)));
                elements.add(new Element((String) statement[0], (String) statement[1], (int) statement[2], closing,
                        List.copyOf(tags), List.copyOf(includes)));
                statement = null;
                return;
            }
            if (statement != null) {
                int tagStart = (int) element[1];
                int tagEnd = (int) element[2];
                tags.add(new int[] {tagStart, tagEnd}); // the start tag (or the whole empty element)
                if (end > tagEnd) {
                    tags.add(new int[] {Math.max(tagEnd, text.lastIndexOf("</", Math.max(0, end - 1))), end});
                }
                if (qName.equals("include") && include != null) {
                    includes.add(new Include(include.refid(), Map.copyOf(properties), tagStart, end));
                    include = null;
                }
            }
        }
    }
}
