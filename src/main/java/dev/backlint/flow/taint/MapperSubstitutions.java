package dev.backlint.flow.taint;

import dev.backlint.api.TextIndexKind;
import dev.backlint.models.MyBatisMapper;
import java.util.Set;

/**
 * The {@code ${…}} substitutions of the MyBatis mapper XML files of the scan, read from
 * their text, by the statement that runs them: entries
 * {@code namespace#statementId#name#uri#line#column#endColumn#suppressed}, one per
 * substitution a statement runs (its own and those of the fragments it includes). The
 * namespace names the mapper interface, the statement id its method: request data that
 * a call of that method passes into the parameter a substitution names is written into
 * the SQL text.
 */
final class MapperSubstitutions implements TextIndexKind {

    static final MapperSubstitutions KIND = new MapperSubstitutions();

    private MapperSubstitutions() {
    }

    @Override
    public String id() {
        return "taint.mapper-substitutions";
    }

    @Override
    public boolean readsXml() {
        return true;
    }

    @Override
    public boolean readsJava() {
        return false;
    }

    @Override
    public void collect(String text, Set<String> into) {
        // read only with the file's path: see collect(uri, text, into)
    }

    @Override
    public void collect(String uri, String text, Set<String> into) {
        if (!uri.endsWith(".xml") || !text.contains("${") || !MyBatisMapper.looksLikeMapper(text)) {
            return;
        }
        MyBatisMapper mapper;
        try {
            mapper = MyBatisMapper.parse(text);
        } catch (org.xml.sax.SAXException | RuntimeException e) {
            return; // the checks of the mapper's rules report it
        }
        for (MyBatisMapper.Element statement : mapper.elements()) {
            if (!MyBatisMapper.STATEMENTS.contains(statement.name()) || statement.id().isEmpty()) {
                continue;
            }
            for (MyBatisMapper.Substitution substitution : mapper.substitutionsOf(statement)) {
                int line = mapper.line(substitution.start());
                Set<String> ignored = mapper.ignoredAt(line);
                boolean suppressed = ignored.contains("*") || ignored.contains("sql-injection");
                into.add(String.join("#", mapper.namespace(), statement.id(), substitution.name(), uri,
                        String.valueOf(line), String.valueOf(mapper.column(substitution.start())),
                        String.valueOf(mapper.column(substitution.end() - 1) + 1), suppressed ? "1" : "0"));
            }
        }
    }
}
