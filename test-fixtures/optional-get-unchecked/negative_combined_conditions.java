// Two Optionals checked together before both are read, a check negated inside parentheses, and a stream result checked before get().
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

class PriceComparison {

    record Offer(String merchant, BigDecimal price) {
    }

    BigDecimal spread(List<Offer> offers) {
        Optional<Offer> cheapest = offers.stream().min((a, b) -> a.price().compareTo(b.price()));
        Optional<Offer> dearest = offers.stream().max((a, b) -> a.price().compareTo(b.price()));
        if (cheapest.isPresent() && dearest.isPresent()) {
            return dearest.get().price().subtract(cheapest.get().price());
        }
        return BigDecimal.ZERO;
    }

    String firstMerchant(List<Offer> offers) {
        Optional<Offer> first = offers.stream().findFirst();
        if (!(first.isPresent())) {
            throw new IllegalStateException("no offers");
        }
        return first.get().merchant();
    }

    boolean sameMerchant(Optional<Offer> left, Optional<Offer> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        return left.get().merchant().equals(right.get().merchant());
    }
}
