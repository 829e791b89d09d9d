package dev.backlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.backlint.api.Level;
import dev.backlint.engine.Notification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checkstyle XML: well-formed, one file element per file, one error per unsuppressed finding. */
class CheckstyleRendererTest {

    private static List<String> errors(Document document) {
        List<String> found = new ArrayList<>();
        NodeList files = document.getElementsByTagName("file");
        for (int f = 0; f < files.getLength(); f++) {
            Element file = (Element) files.item(f);
            NodeList errors = file.getElementsByTagName("error");
            for (int e = 0; e < errors.getLength(); e++) {
                Element error = (Element) errors.item(e);
                found.add(file.getAttribute("name") + ":" + error.getAttribute("line") + ":" + error.getAttribute("column")
                        + " " + error.getAttribute("severity") + " " + error.getAttribute("source") + " "
                        + error.getAttribute("message"));
            }
        }
        return found;
    }

    @Test
    void filesAndErrorsWithSeveritiesAndSources() throws Exception {
        String xml = Samples.render(new CheckstyleRenderer(), Samples.result(Samples.RULES,
                List.of(Samples.selectStar("src/A.java", 3), Samples.suppressed(Samples.selectStar("src/B.java", 4)),
                        Samples.injection()),
                List.of(new Notification(Level.ERROR, "src/Broken.java", 7, null, Notification.Kind.PARSE_ERROR,
                        "could not parse"))));
        Document document = Samples.parseXml(xml);

        assertEquals("checkstyle", document.getDocumentElement().getTagName());
        assertEquals(List.of(
                "src/A.java:3:22 warning backlint.select-star Query selects every column with `*`; list the columns it reads.",
                "src/Broken.java:7: error backlint.scan could not parse",
                "src/main/java/com/example/UserDao.java:42:27 error backlint.sql-injection "
                        + "SQL built from the [request parameter](1) `id`; pass it as a bind parameter."),
                errors(document));
    }

    @Test
    void textFromScannedCodeIsEscapedAndStaysText() throws Exception {
        String message = "`\"</error><img src=x onerror=alert(1)>` & \u0001 <![CDATA[x]]>";
        var finding = Samples.finding(Samples.SQL_INJECTION, Samples.at("src/<A>&\"B\".java", 1, 1, 2), "x", message);

        String xml = Samples.render(new CheckstyleRenderer(), Samples.result(List.of(finding)));

        assertFalse(xml.contains("<img"), xml);
        assertEquals(List.of("src/<A>&\"B\".java:1:1 error backlint.sql-injection "
                + "`\"</error><img src=x onerror=alert(1)>` &  <![CDATA[x]]>"), errors(Samples.parseXml(xml)));
    }
}
