// Leaderboard helpers whose Comparator<Integer> lambda, anonymous Comparator and BiPredicate<Long, Long> compare boxed parameters with ==.
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import org.springframework.stereotype.Component;

@Component
class LeaderboardRanking {

    private final Comparator<Integer> byScoreDescending = (a, b) -> a == b ? 0 : (a > b ? -1 : 1); // expect: boxed-reference-equality "`a`"

    private final BiPredicate<Long, Long> samePlayer = (left, right) -> left == right; // expect: boxed-reference-equality "`left`"

    private final Comparator<Integer> legacyOrder = new Comparator<Integer>() {
        @Override
        public int compare(Integer x, Integer y) {
            if (x == y) { // expect: boxed-reference-equality "`x`"
                return 0;
            }
            return x < y ? -1 : 1;
        }
    };

    public List<Integer> ranked(List<Integer> scores) {
        return scores.stream().sorted(byScoreDescending).toList();
    }

    public List<Integer> legacyRanked(List<Integer> scores) {
        return scores.stream().sorted(legacyOrder).toList();
    }

    public boolean isRematch(Long playerOne, Long playerTwo) {
        return samePlayer.test(playerOne, playerTwo);
    }
}
