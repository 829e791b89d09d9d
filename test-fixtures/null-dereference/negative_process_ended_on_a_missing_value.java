// A command-line tool that ends the process when a value is missing: System.exit does not return, so the code after the check only runs with the value present.
import java.io.Console;

class PasswordPrompt {

    char[] promptForPassword() {
        Console console = System.console();
        if (console == null) {
            System.err.println("No console to read the password from; pass it with --password.");
            System.exit(1);
        }
        return console.readPassword("Password: ");
    }

    String homeDirectory() {
        String home = System.getenv("TOOL_HOME");
        if (home == null) {
            System.exit(2);
        }
        return home.trim();
    }
}
