package nulls.case30;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

@Component
public class MailTemplateLoader {

    private final Map<String, String> templates = new ConcurrentHashMap<>();

    public String template(String name) {
        return templates.computeIfAbsent(name, this::load);
    }

    public Optional<URL> locate(String name) {
        return Optional.ofNullable(MailTemplateLoader.class.getResource(path(name)));
    }

    private String load(String name) {
        String path = path(name);
        try (InputStream in = MailTemplateLoader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no mail template at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path, e);
        }
    }

    private static String path(String name) {
        return "/templates/mail/" + name + ".html";
    }
}
