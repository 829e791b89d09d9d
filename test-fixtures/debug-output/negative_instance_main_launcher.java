// A source-file program run with `java Migrate.java`: Java 21's instance main is its entry point, and its prints are its output.
import java.util.List;

class MigrationLauncher {

    void main() {
        List<String> steps = List.of("V1__schema.sql", "V2__indexes.sql");
        for (String step : steps) {
            System.out.println("applying " + step);
        }
        System.out.printf("%d steps applied%n", steps.size());
    }
}
