// Ranking helpers whose comparator and predicate lambdas compare boxed values correctly (Integer.compare, Comparator.comparing, equals, Objects::equals, intValue).
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

@Component
class RankingComparators {

    private final Comparator<Integer> byScore = (a, b) -> Integer.compare(b, a);

    private final Comparator<Integer> byScoreUnboxed = (a, b) -> a.intValue() == b.intValue() ? 0 : (a > b ? -1 : 1);

    private final BiPredicate<Long, Long> samePlayer = Objects::equals;

    private final BiPredicate<Long, Long> sameTeam = (left, right) -> left.equals(right);

    private final Predicate<Long> isBot = playerId -> playerId == 0L;

    public List<PurchaseOrder> byQuantity(List<PurchaseOrder> orders) {
        return orders.stream().sorted(Comparator.comparing(PurchaseOrder::getQuantity)).toList();
    }

    public List<Integer> ranked(List<Integer> scores, boolean unboxed) {
        return scores.stream().sorted(unboxed ? byScoreUnboxed : byScore).toList();
    }

    public boolean rematch(Long first, Long second, Long firstTeam, Long secondTeam) {
        return samePlayer.test(first, second) || sameTeam.test(firstTeam, secondTeam) || isBot.test(first);
    }
}
