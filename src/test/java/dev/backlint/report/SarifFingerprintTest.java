package dev.backlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.engine.ScanResult;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code backlint/v1} fingerprint: stable under edits elsewhere, distinct for distinct findings. */
class SarifFingerprintTest {

    @Test
    void keepsFingerprintWhenTheFindingMovesDown() {
        String before = fingerprint(Samples.result(List.of(Samples.selectStar("src/A.java", 10))), 0);
        String after = fingerprint(Samples.result(List.of(Samples.selectStar("src/A.java", 25))), 0);

        assertEquals(before, after, "lines inserted above must not change the fingerprint");
    }

    @Test
    void keepsFingerprintWhenOnlyIndentationChanges() {
        Finding indented = Samples.selectStar("src/A.java", 10);
        Finding reindented = new Finding(indented.ruleId(), indented.level(), indented.message(), indented.location(),
                "\tString   sql = \"SELECT * FROM users\";  ", List.of(), List.of(), false);

        assertEquals(fingerprint(Samples.result(List.of(indented)), 0), fingerprint(Samples.result(List.of(reindented)), 0));
    }

    @Test
    void distinguishesIdenticalLinesByOccurrence() {
        ScanResult twice = Samples.result(List.of(Samples.selectStar("src/A.java", 10), Samples.selectStar("src/A.java", 20)));

        assertNotEquals(fingerprint(twice, 0), fingerprint(twice, 1), "two identical lines need different fingerprints");
        assertEquals(fingerprint(Samples.result(List.of(Samples.selectStar("src/A.java", 10))), 0), fingerprint(twice, 0),
                "the first occurrence keeps its fingerprint when a second one appears below");
    }

    @Test
    void distinguishesFingerprintsByFileAndRule() {
        Finding inA = Samples.selectStar("src/A.java", 10);
        Finding inB = Samples.selectStar("src/B.java", 10);
        Finding otherRule = new Finding("sql-injection", Level.ERROR, inA.message(), inA.location(), inA.sourceLine(),
                List.of(), List.of(), false);
        ScanResult result = Samples.result(List.of(inA, inB, otherRule));

        assertEquals(3, Set.of(fingerprint(result, 0), fingerprint(result, 1), fingerprint(result, 2)).size());
    }

    @Test
    void keepsFingerprintsOfOtherFindingsWhenOneIsSuppressed() {
        Finding first = Samples.selectStar("src/A.java", 10);
        Finding second = Samples.selectStar("src/A.java", 20);
        String open = fingerprint(Samples.result(List.of(first, second)), 1);
        String afterSuppressingFirst = fingerprint(Samples.result(List.of(Samples.suppressed(first), second)), 0);

        assertEquals(open, afterSuppressingFirst);
    }

    private static String fingerprint(ScanResult result, int index) {
        JsonNode log = Samples.parse(Samples.render(new SarifRenderer(false, null), result));
        return log.path("runs").get(0).path("results").get(index).path("partialFingerprints").path("backlint/v1").asText();
    }
}
