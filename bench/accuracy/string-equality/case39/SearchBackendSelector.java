package streq.case39;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class SearchBackendSelector {

    private final SearchEngine postgres;
    private final SearchEngine elastic;

    @Value("${search.backend:POSTGRES}")
    private SearchBackend backend;

    public SearchBackendSelector(@Qualifier("postgres") SearchEngine postgres,
                                 @Qualifier("elastic") SearchEngine elastic) {
        this.postgres = postgres;
        this.elastic = elastic;
    }

    public SearchEngine select() {
        if (backend == SearchBackend.ELASTIC) {
            return elastic;
        }
        return postgres;
    }
}
