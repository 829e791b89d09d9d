// Helpers that draw at random but return null only for the state they hold (an empty pool), and callers that check what they get: the random draw decides which value, not whether there is one.
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

final class GreetingPool {

    private final List<String> greetings;

    GreetingPool(List<String> greetings) {
        this.greetings = greetings;
    }

    String any() {
        if (greetings.isEmpty()) {
            return null;
        }
        return greetings.get(ThreadLocalRandom.current().nextInt(greetings.size()));
    }
}

final class LuckyNumbers {

    private LuckyNumbers() {
    }

    static String maybeLucky() {
        if (ThreadLocalRandom.current().nextBoolean()) {
            return null;
        }
        return "7";
    }
}

class Storefront {

    String greet() {
        return new GreetingPool(List.of("hello", "hi")).any().toUpperCase();
    }

    String lucky() {
        String number = LuckyNumbers.maybeLucky();
        return number == null ? "none" : number.trim();
    }
}
