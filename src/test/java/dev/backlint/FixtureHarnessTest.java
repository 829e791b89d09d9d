package dev.backlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backlint.Fixtures.Expectation;
import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.api.Location;
import dev.backlint.api.SourceRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixture test's own strictness: how expectations are written and how findings meet them. */
class FixtureHarnessTest {

    private static final String FILE = "positive_dao.java";

    @Test
    void readsIdsWithAndWithoutFragmentsAndKeepsRepeatedIds() {
        assertEquals(List.of(expect(7, "select-star", "users"), expect(7, "select-star", "orders"),
                        expect(7, "sql-injection", "")),
                Fixtures.parse(FILE, 7, "  q(\"...\");  // expect: select-star \"users\", select-star \"orders\", sql-injection"));
        assertEquals(List.of(expect(3, "select-star", ""), expect(3, "select-star", "")),
                Fixtures.parse(FILE, 3, "x(); // expect: select-star, select-star"));
        assertEquals(List.of(expect(4, "sql-concatenation", "`a, b`")),
                Fixtures.parse(FILE, 4, "x(); //expect:sql-concatenation \"`a, b`\""));
        assertEquals(List.of(), Fixtures.parse(FILE, 5, "String expected = \"expect: nothing\";"));
    }

    @Test
    void refusesMalformedExpectations() {
        for (String line : List.of("// expect:", "// expect: select-star,", "// expect: select-star \"users",
                "// expect: select-star \"\"", "// expect: select-star \"users\" and more", "// expect: Select-Star")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Fixtures.parse(FILE, 9, line), line);
            assertTrue(e.getMessage().startsWith(FILE + ":9: malformed expectation"), e.getMessage());
        }
    }

    @Test
    void oneFindingPerExpectationPasses() {
        assertMatches(List.of(), List.of(),
                List.of(expect(10, "select-star", "")),
                List.of(finding("select-star", 10, 10, "`SELECT *` reads every column of `users`")));
    }

    @Test
    void twoFindingsOnOneExpectationLeaveOneUnexpected() {
        Finding users = finding("select-star", 10, 10, "`SELECT *` reads every column of `users`");
        Finding orders = finding("select-star", 10, 10, "`SELECT *` reads every column of `orders`");

        ExpectationMatching.Result result = ExpectationMatching.match(
                List.of(expect(10, "select-star", "")), List.of(users, orders));

        assertEquals(List.of(), result.missing(), "missing");
        assertEquals(1, result.unexpected().size(), "one finding left over: " + result.unexpected());
    }

    @Test
    void anIdWrittenTwiceExpectsTwoFindings() {
        assertMatches(List.of(), List.of(),
                Fixtures.parse(FILE, 10, "// expect: select-star, select-star"),
                List.of(finding("select-star", 10, 10, "`users`"), finding("select-star", 10, 10, "`orders`")));
    }

    @Test
    void aFragmentMissingFromTheMessageFails() {
        Expectation expectation = expect(10, "sql-injection", "getParameter");
        Finding finding = finding("sql-injection", 10, 10, "Request data reaches the SQL text of `query` (`getHeader`)");

        assertMatches(List.of(expectation), List.of(finding), List.of(expectation), List.of(finding));
    }

    @Test
    void fragmentsTellTheFindingsOfOneLineApartWhateverTheirOrder() {
        List<Expectation> expectations = Fixtures.parse(FILE, 10, "// expect: select-star \"orders\", select-star");
        Finding users = finding("select-star", 10, 10, "`SELECT *` reads every column of `users`");
        Finding orders = finding("select-star", 10, 10, "`SELECT *` reads every column of `orders`");

        assertMatches(List.of(), List.of(), expectations, List.of(users, orders));
        assertMatches(List.of(), List.of(), reversed(expectations), List.of(orders, users));
    }

    @Test
    void aMissingFindingFails() {
        Expectation first = expect(10, "select-star", "");
        Expectation second = expect(12, "select-star", "");

        assertMatches(List.of(second), List.of(), List.of(first, second),
                List.of(finding("select-star", 10, 10, "`users`")));
    }

    @Test
    void findingsOfAnotherRuleFileOrLineDoNotMeet() {
        Expectation expectation = expect(10, "select-star", "");
        Finding otherRule = finding("sql-concatenation", 10, 10, "`id`");
        Finding otherLine = finding("select-star", 11, 12, "`users`");
        Finding otherFile = new Finding("select-star", Level.WARNING, "`users`",
                new Location("positive_other.java", new SourceRange(10, 5, 10, 20)), "", List.of(), List.of(), false);

        assertMatches(List.of(expectation), List.of(otherFile, otherLine, otherRule), List.of(expectation),
                List.of(otherRule, otherLine, otherFile));
    }

    @Test
    void aMultiLineFindingMeetsAnExpectationOnAnyOfItsLines() {
        assertMatches(List.of(), List.of(), List.of(expect(12, "jdbc-resource-leak", "Connection")),
                List.of(finding("jdbc-resource-leak", 10, 14, "`Connection` `c` is not closed")));
    }

    @Test
    void pairsEveryoneWhenAGreedyPairingWouldNot() {
        // The multi-line finding prefers the expectation on its first line, the only one the
        // one-line finding meets; it must give way and take the one on its second line.
        Finding multiLine = finding("select-star", 10, 11, "`users`");
        Finding oneLine = finding("select-star", 10, 10, "`orders`", 30);
        List<Expectation> expectations = List.of(expect(10, "select-star", ""), expect(11, "select-star", ""));

        for (List<Finding> findings : List.of(List.of(multiLine, oneLine), List.of(oneLine, multiLine))) {
            for (List<Expectation> order : List.of(expectations, reversed(expectations))) {
                assertMatches(List.of(), List.of(), order, findings);
            }
        }
    }

    @Test
    void anotherRulesFindingsCountOnlyInTheFilesThatNameIt() {
        Finding injection = finding("sql-injection", 10, 10, "`getParameter`");
        Finding concatenationHere = finding("sql-concatenation", 12, 12, "`table`");
        Finding concatenationElsewhere = new Finding("sql-concatenation", Level.WARNING, "`table`",
                new Location("negative_other.java", new SourceRange(3, 5, 3, 20)), "", List.of(), List.of(), false);
        List<Expectation> expectations = List.of(expect(10, "sql-injection", ""));

        assertEquals(List.of(injection), FixtureTest.checkedFindings("sql-injection", expectations,
                List.of(injection, concatenationHere, concatenationElsewhere)), "nothing names sql-concatenation");
        assertEquals(List.of(injection, concatenationHere), FixtureTest.checkedFindings("sql-injection",
                List.of(expect(10, "sql-injection", ""), expect(20, "sql-concatenation", "")),
                List.of(injection, concatenationHere, concatenationElsewhere)), "named in " + FILE + " only");
    }

    private static void assertMatches(List<Expectation> missing, List<Finding> unexpected,
            List<Expectation> expectations, List<Finding> findings) {
        ExpectationMatching.Result result = ExpectationMatching.match(new ArrayList<>(expectations), findings);
        assertEquals(missing, result.missing(), "missing expectations");
        assertEquals(unexpected.stream().sorted().toList(), result.unexpected(), "unexpected findings");
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static Expectation expect(int line, String ruleId, String fragment) {
        return new Expectation(FILE, line, ruleId, fragment);
    }

    private static Finding finding(String ruleId, int startLine, int endLine, String message) {
        return finding(ruleId, startLine, endLine, message, 5);
    }

    private static Finding finding(String ruleId, int startLine, int endLine, String message, int column) {
        return new Finding(ruleId, Level.WARNING, message,
                new Location(FILE, new SourceRange(startLine, column, endLine, column + 10)), "", List.of(), List.of(),
                false);
    }
}
