package nulls.case31;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

@Component
public class WelcomeMailRenderer {

    private final String template;

    public WelcomeMailRenderer() throws IOException, URISyntaxException {
        URL resource = WelcomeMailRenderer.class.getResource("/mail/welcome.html");
        this.template = Files.readString(Path.of(resource.toURI())); // deref
    }

    public String render(String firstName, String activationLink) {
        return template
                .replace("{{firstName}}", HtmlUtils.htmlEscape(firstName))
                .replace("{{activationLink}}", activationLink);
    }
}
