// A Spring component that also declares a static main for manual checks, so by the project's rule its class counts as a command-line tool and its prints are not reported.
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class EcbRateFeedParser {

    Map<String, BigDecimal> parse(String csv) {
        Map<String, BigDecimal> rates = new HashMap<>();
        for (String line : csv.split("\n")) {
            String[] parts = line.split(",");
            if (parts.length != 2) {
                System.err.println("Skipping malformed line: " + line);
                continue;
            }
            rates.put(parts[0].trim(), new BigDecimal(parts[1].trim()));
        }
        System.out.println("Parsed " + rates.size() + " rates");
        return rates;
    }

    public static void main(String[] args) {
        var rates = new EcbRateFeedParser().parse("USD,1.0842\nGBP,0.8571\nJPY,163.12");
        rates.forEach((currency, rate) -> System.out.println(currency + " = " + rate));
    }
}
