package dev.backlint.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A check of the XML files of the scanned tree on behalf of rules (the SQL of MyBatis
 * mapper files, say), registered with {@link java.util.ServiceLoader}. The engine hands it
 * each XML file it discovers when one of its rules is enabled; it reads the text alone.
 */
public interface XmlFileCheck {

    /** The ids of the rules it reports for. */
    Set<String> rules();

    /**
     * The findings of one file for the enabled rules, at the levels given.
     *
     * @param uri     the file's path relative to the source root, as findings give it
     * @param enabled the enabled rules among {@link #rules()}, with their levels
     */
    Result check(String uri, String text, Map<String, Level> enabled);

    /**
     * Like {@link #check(String, String, Map)}, with the text indexes of the whole scan at
     * hand ({@code index} builds one when first asked): names other files define.
     */
    default Result check(String uri, String text, Map<String, Level> enabled,
                         java.util.function.Function<TextIndexKind, Set<String>> index) {
        return check(uri, text, enabled);
    }

    /**
     * What a file gave.
     *
     * @param analysed whether the file was of the check's kind (a file of another kind gives nothing)
     * @param problem  why a file of its kind could not be read, if it could not
     * @param lines    the lines read, for the scan's count
     */
    record Result(boolean analysed, List<Finding> findings, Optional<String> problem, int lines) {

        public Result {
            findings = List.copyOf(findings);
        }

        public static Result notMine() {
            return new Result(false, List.of(), Optional.empty(), 0);
        }
    }
}
