// A legacy user-file reader whose catch prints a fixed line to System.err instead of passing the exception on.
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class LegacyUserFileReader {

    List<String> readUserNames(Path file) {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) { // expect: swallowed-exception "IOException"
            System.err.println("Could not read legacy user file " + file);
        }
        return names;
    }
}
