// A reindex command whose main prints through stream and forEach lambdas, calling an HTTP gateway declared in another file that logs instead of printing.
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class SearchReindexCommand {

    public static void main(String[] args) throws IOException {
        Path idFile = Path.of(args.length > 0 ? args[0] : "product-ids.txt");
        List<String> ids = Files.readAllLines(idFile).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        var gateway = new ReindexHttpGateway("http://search.internal:9200");
        ids.forEach(id -> {
            boolean ok = gateway.reindex(id);
            System.out.println((ok ? "OK   " : "FAIL ") + id);
        });
        long failed = ids.stream().filter(id -> !gateway.exists(id)).peek(id -> System.err.println("missing: " + id)).count();
        System.out.printf("%d ids processed, %d missing afterwards%n", ids.size(), failed);
    }
}
