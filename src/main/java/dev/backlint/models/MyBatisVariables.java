package dev.backlint.models;

import dev.backlint.api.TextIndexKind;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of MyBatis configuration variables, read from the text of every scanned file:
 * the keys a Java file that builds a MyBatis configuration puts in its {@code Properties}
 * ({@code properties.put("prefix", tablePrefix)}), and the {@code <property name>}s of the
 * {@code <properties>} of a MyBatis configuration XML file. MyBatis replaces a
 * {@code ${name}} of a mapper that names such a variable when it reads the mapper, before
 * any statement runs: the table prefix or the paging clause of a database, not a value of
 * a call.
 */
public final class MyBatisVariables implements TextIndexKind {

    public static final MyBatisVariables KIND = new MyBatisVariables();

    private static final Pattern PUT = Pattern.compile("\\.(?:put|setProperty)\\(\\s*\"([A-Za-z_][\\w.]*)\"");
    private static final Pattern PROPERTY = Pattern.compile("<property\\s+name\\s*=\\s*\"([^\"]+)\"");

    private MyBatisVariables() {
    }

    @Override
    public String id() {
        return "mybatis.variables";
    }

    @Override
    public boolean readsXml() {
        return true;
    }

    @Override
    public void collect(String text, Set<String> into) {
        // read with the file's path: see collect(uri, text, into)
    }

    @Override
    public void collect(String uri, String text, Set<String> into) {
        if (uri.endsWith(".xml")) {
            int properties = text.indexOf("<properties");
            if (properties >= 0 && text.contains("<configuration")) {
                int end = text.indexOf("</properties>", properties);
                Matcher matcher = PROPERTY.matcher(text.substring(properties, end < 0 ? text.length() : end));
                while (matcher.find()) {
                    into.add(matcher.group(1));
                }
            }
            return;
        }
        if (!text.contains("ibatis") || !text.contains("Properties")) {
            return; // no MyBatis configuration is built here
        }
        Matcher matcher = PUT.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    /** The variable a substitution names, if it is one: the name before any property or option. */
    public static boolean names(Set<String> variables, String substitution) {
        return variables.contains(substitution.trim()) || variables.contains(substitution.split("[.\\[,:\\s]")[0]);
    }
}
