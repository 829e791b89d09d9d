// Class.getResourceAsStream and Class.getResource dereferenced without a check when loading templates and seed scripts.
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

class MailTemplateLoader {

    String welcomeTemplate() throws IOException {
        InputStream in = getClass().getResourceAsStream("/templates/welcome.html");
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);  // expect: null-dereference "getResourceAsStream("
    }

    Path seedScript() throws URISyntaxException {
        return Path.of(MailTemplateLoader.class.getResource("/db/seed.sql").toURI());  // expect: null-dereference "getResource("
    }
}

class DeploymentResources {

    static String banner() throws java.io.IOException {
        java.io.InputStream in = DeploymentResources.class.getClassLoader().getResourceAsStream("banner.txt");
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);  // expect: null-dereference "getClassLoader()"
    }

    static String nested() {
        return DeploymentResources.class.getResource("config/app.yml").toExternalForm();  // expect: null-dereference "getResource("
    }
}
