// A code-review hint service whose string literals, text block and comments mention System.out.println and printStackTrace without calling them.
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
class CodeReviewHintService {

    // Reviewers keep finding System.out.println(...) and e.printStackTrace() in pull requests.
    private static final Map<String, String> HINTS = Map.of(
            "System.out.println(", "Use the SLF4J logger of the class instead of System.out.println.",
            ".printStackTrace()", "Pass the exception to log.error(message, e) instead of e.printStackTrace().",
            "System.err.print", "Standard error is not collected by the log shipper.");

    private static final String GUIDE = """
            Logging guide
              - never call System.out.printf or System.err.println in services
              - never call e.printStackTrace(); log it with its context
            """;

    List<String> hintsFor(String diff) {
        /* e.printStackTrace(System.err) counts as well */
        return HINTS.entrySet().stream()
                .filter(hint -> diff.contains(hint.getKey()))
                .map(Map.Entry::getValue)
                .toList();
    }

    String guide() {
        return GUIDE;
    }
}
