package dev.backlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void parsesNamesInAnyCase() {
        assertEquals(Format.TEXT, Format.parse("text"));
        assertEquals(Format.SARIF, Format.parse("SARIF"));
        assertEquals(Format.JSON, Format.parse(" Json "));
    }

    @Test
    void rejectsUnknownNameListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.parse("xml"));

        assertTrue(e.getMessage().contains("'xml'") && e.getMessage().contains("text, sarif, json"), e.getMessage());
    }

    @Test
    void createsTheRendererOfEachFormat() {
        RenderOptions options = RenderOptions.defaults();

        assertInstanceOf(TextRenderer.class, Format.TEXT.renderer(options));
        assertInstanceOf(SarifRenderer.class, Format.SARIF.renderer(options));
        assertInstanceOf(JsonRenderer.class, Format.JSON.renderer(options));
        assertInstanceOf(GitHubRenderer.class, Format.GITHUB.renderer(options));
        assertInstanceOf(CheckstyleRenderer.class, Format.CHECKSTYLE.renderer(options));
        assertInstanceOf(JunitRenderer.class, Format.JUNIT.renderer(options));
        assertInstanceOf(HtmlRenderer.class, Format.HTML.renderer(options));
        assertEquals(Format.HTML, Format.parse("html"));
    }

    @Test
    void passesOptionsToTheRenderers() {
        RenderOptions options = new RenderOptions(true, true, "backlint");
        var result = Samples.result(List.of(Samples.suppressed(Samples.selectStar("src/A.java", 3))));

        String text = Samples.render(Format.TEXT.renderer(options), result);
        assertEquals(1, text.lines().count(), "quiet: summary only, got:\n" + text);
        String sarif = Samples.render(Format.SARIF.renderer(options), result);
        assertTrue(sarif.contains("\"id\": \"backlint/\""), "category as automationDetails.id");
        assertTrue(sarif.contains("\"inSource\""), "suppressed finding kept");
    }
}
