// Class.getResourceAsStream/getResource and File.listFiles/list results checked before use: a throw when a classpath resource is missing, a fallback array, an early return.
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

class MigrationScriptLocator {

    private final File scriptDirectory;

    MigrationScriptLocator(File scriptDirectory) {
        this.scriptDirectory = scriptDirectory;
    }

    String baseline() throws IOException {
        try (InputStream in = MigrationScriptLocator.class.getResourceAsStream("/db/baseline.sql")) {
            if (in == null) {
                throw new FileNotFoundException("classpath:/db/baseline.sql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    String baselineLocation() {
        URL url = getClass().getResource("/db/baseline.sql");
        return url != null ? url.toExternalForm() : "missing";
    }

    List<String> scriptNames() {
        String[] names = scriptDirectory.list();
        if (names == null) {
            names = new String[0];
        }
        Arrays.sort(names);
        return List.of(names);
    }

    long totalSize() {
        File[] files = scriptDirectory.listFiles((dir, name) -> name.endsWith(".sql"));
        if (files == null) {
            return 0L;
        }
        long size = 0;
        for (File file : files) {
            size += file.length();
        }
        return size;
    }
}
