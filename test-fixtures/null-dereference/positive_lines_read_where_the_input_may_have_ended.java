// A line read from standard input, a file or a response, or a password read from the console: at the end of the input the reader returns null, and an empty file, a closed stdin or an empty response body gets there on the first read.
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;

class ImportPrompts {

    boolean confirmed() throws IOException {
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in));
        String answer = input.readLine();
        return answer.equalsIgnoreCase("y");  // expect: null-dereference "input.readLine()"
    }

    String[] header(Path csv) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(csv)) {
            return reader.readLine().split(",");  // expect: null-dereference "reader.readLine()"
        }
    }

    int passwordLength(Console console) {
        char[] password = console.readPassword("Password: ");
        return password.length;  // expect: null-dereference "readPassword("
    }
}
