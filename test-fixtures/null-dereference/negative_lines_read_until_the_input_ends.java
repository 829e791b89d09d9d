// Lines read in the loop that stops at the end of the input, a first line tested for null, and a console answer with a default.
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

class LineImports {

    List<String> trimmedLines(BufferedReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            lines.add(line.trim());
        }
        return lines;
    }

    String[] header(BufferedReader reader) throws IOException {
        String first = reader.readLine();
        if (first == null) {
            return new String[0];
        }
        return first.split(",");
    }

    String answer(Console console) {
        String answer = console.readLine("Continue? [y/n] ");
        return answer == null ? "n" : answer.trim();
    }
}
