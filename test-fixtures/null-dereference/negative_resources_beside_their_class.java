// Resources looked up by a literal name relative to a class literal's package: files that ship beside the class in its own artifact.
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

class InitialContent {

    static String builtInNodeTypes() throws IOException {
        InputStream stream = InitialContent.class.getResourceAsStream("builtin_nodetypes.cnd");
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            stream.close();
        }
    }

    static String schemaLocation() {
        return InitialContent.class.getResource("schema.xsd").toExternalForm();
    }
}
