package dev.backlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backlint.api.Level;
import dev.backlint.engine.Notification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML: a suite per rule, a failing case per finding, a passing case for a rule without findings. */
class JunitRendererTest {

    private static List<String> cases(Document document) {
        List<String> found = new ArrayList<>();
        NodeList cases = document.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            NodeList failures = testcase.getElementsByTagName("failure");
            NodeList errors = testcase.getElementsByTagName("error");
            String outcome = failures.getLength() > 0 ? "failure " + ((Element) failures.item(0)).getAttribute("type")
                    : errors.getLength() > 0 ? "error" : "pass";
            found.add(testcase.getAttribute("classname") + " | " + testcase.getAttribute("name") + " | " + outcome);
        }
        return found;
    }

    @Test
    void aSuitePerRuleAFailurePerFindingAndErrorsForUnreadFiles() throws Exception {
        Document document = Samples.parseXml(Samples.render(new JunitRenderer(), Samples.result(Samples.RULES,
                List.of(Samples.selectStar("src/A.java", 3), Samples.suppressed(Samples.selectStar("src/B.java", 4)),
                        Samples.injection()),
                List.of(new Notification(Level.ERROR, "src/Broken.java", 0, null, Notification.Kind.PARSE_ERROR,
                        "could not parse")))));

        Element root = document.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals(List.of("4", "2", "1"), List.of(root.getAttribute("tests"), root.getAttribute("failures"),
                root.getAttribute("errors")));
        assertEquals(List.of(
                "select-star | src/A.java:3 | failure warning",
                "sql-injection | src/main/java/com/example/UserDao.java:42 | failure error",
                "wildcard-import | no findings | pass",
                "backlint | src/Broken.java | error"), cases(document));
    }

    @Test
    void textFromScannedCodeIsEscaped() throws Exception {
        var finding = Samples.finding(Samples.SQL_INJECTION, Samples.at("src/A.java", 1, 1, 2),
                "String s = \"</failure></testcase><x>\";", "`\"]]></failure><script>` & \u0002");

        String xml = Samples.render(new JunitRenderer(), Samples.result(List.of(finding)));
        Document document = Samples.parseXml(xml);

        assertFalse(xml.contains("<script>") || xml.contains("<x>"), xml);
        Element failure = (Element) document.getElementsByTagName("failure").item(0);
        assertEquals("`\"]]></failure><script>` & ", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("String s = \"</failure></testcase><x>\";"), failure.getTextContent());
    }
}
