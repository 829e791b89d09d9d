// A statement service that runs `i <= amounts.size()` over a prefix-sum array of `size() + 1` entries, indexing the other array, not the list.
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class RunningBalanceService {

    public List<BigDecimal> runningBalances(BigDecimal opening, List<BigDecimal> amounts) {
        BigDecimal[] prefix = new BigDecimal[amounts.size() + 1];
        prefix[0] = opening;
        for (int i = 0; i < amounts.size(); i++) {
            prefix[i + 1] = prefix[i].add(amounts.get(i));
        }
        List<BigDecimal> balances = new ArrayList<>();
        for (int i = 0; i <= amounts.size(); i++) {
            balances.add(prefix[i]);
        }
        return balances;
    }
}
