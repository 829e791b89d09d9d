package opt.case52;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class RegionDirectory {

    private final Memoized<Map<String, String>> regionNames;
    private final AtomicLong lookups = new AtomicLong();

    public RegionDirectory(JdbcTemplate jdbcTemplate) {
        this.regionNames = new Memoized<>(() -> jdbcTemplate
                .query("SELECT code, name FROM regions", (rs, n) -> Map.entry(rs.getString("code"), rs.getString("name")))
                .stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    public String nameOf(String code) {
        lookups.incrementAndGet();
        String name = regionNames.get().get(code);
        return name != null ? name : code;
    }

    public List<String> codes() {
        return regionNames.get().keySet().stream().sorted().toList();
    }

    public long lookupCount() {
        return lookups.get();
    }
}
