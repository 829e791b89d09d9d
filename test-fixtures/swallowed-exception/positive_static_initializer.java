// A build-info holder whose static initialiser swallows the IOException from loading a classpath resource.
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

final class BuildInfo {

    private static final Properties PROPS = new Properties();

    static {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in != null) {
                PROPS.load(in);
            }
        } catch (IOException e) { // expect: swallowed-exception "IOException"
            // build info is optional
        }
    }

    private BuildInfo() {
    }

    static String version() {
        return PROPS.getProperty("build.version", "dev");
    }

    static String commit() {
        return PROPS.getProperty("build.commit", "unknown");
    }
}
