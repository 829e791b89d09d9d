// Template engine for PDF documents, created on first use because loading the templates is slow.
package staticfields.case20;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class PdfTemplateEngine {

    private static final List<String> TEMPLATE_NAMES = List.of("contract", "amendment", "termination");
    private static PdfTemplateEngine instance; // static

    private final Map<String, String> templates;

    private PdfTemplateEngine(Map<String, String> templates) {
        this.templates = Map.copyOf(templates);
    }

    public static PdfTemplateEngine getInstance() {
        if (instance == null) {
            instance = new PdfTemplateEngine(loadTemplates());
        }
        return instance;
    }

    private static Map<String, String> loadTemplates() {
        var loaded = new HashMap<String, String>();
        for (var name : TEMPLATE_NAMES) {
            try (InputStream in = PdfTemplateEngine.class.getResourceAsStream("/pdf/" + name + ".html")) {
                if (in != null) {
                    loaded.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load template " + name, e);
            }
        }
        return loaded;
    }

    public byte[] render(String template, Map<String, Object> model) {
        var text = templates.get(template);
        if (text == null) {
            throw new IllegalArgumentException("unknown template " + template);
        }
        for (var entry : model.entrySet()) {
            text = text.replace("${" + entry.getKey() + "}", String.valueOf(entry.getValue()));
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
