// Fields written only during static initialisation: in static blocks, in a private static helper called only from the static block, by a factory method of the initialiser, in a double-brace initialiser, and a SimpleDateFormat used only in the static block; a Log4j 2 logger.
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

final class CountryDirectory {

    private static final Logger LOG = LogManager.getLogger(CountryDirectory.class);

    private static final Map<String, String> NAMES = new HashMap<>();
    private static final List<String> CODES;
    private static int loaded;

    static {
        load("DE", "Germany");
        load("FR", "France");
        load("NL", "Netherlands");
        CODES = Collections.unmodifiableList(new ArrayList<>(NAMES.keySet()));
        LOG.info("{} countries loaded", loaded);
    }

    private CountryDirectory() {
    }

    private static void load(String code, String name) {
        NAMES.put(code, name);
        loaded++;
    }

    static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }

    static List<String> codes() {
        return CODES;
    }
}

final class BuildInfo {

    private static final SimpleDateFormat RELEASE_FORMAT = new SimpleDateFormat("yyyy-MM-dd");
    private static final Date RELEASED;
    private static String version;

    static {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/build-info.properties")) {
            if (in != null) {
                properties.load(in);
            }
            version = properties.getProperty("version", "dev");
            RELEASED = RELEASE_FORMAT.parse(properties.getProperty("released", "2024-01-01"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private BuildInfo() {
    }

    static String describe() {
        return version + " (" + RELEASED.toInstant() + ")";
    }
}

class HttpStatusTexts {

    private static final Map<Integer, String> REASONS = new HashMap<>() {{
        put(400, "Bad Request");
        put(404, "Not Found");
        put(409, "Conflict");
    }};
    private static final Map<String, Integer> WEIGHTS = weights();

    private static Map<String, Integer> weights() {
        Map<String, Integer> weights = new HashMap<>();
        weights.put("critical", 100);
        weights.put("major", 10);
        weights.put("minor", 1);
        return Collections.unmodifiableMap(weights);
    }

    String reason(int status) {
        return REASONS.getOrDefault(status, "Error");
    }

    int weight(String severity) {
        return WEIGHTS.getOrDefault(severity, 0);
    }
}
