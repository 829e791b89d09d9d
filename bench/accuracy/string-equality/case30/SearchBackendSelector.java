package streq.case30;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class SearchBackendSelector {

    private final SearchEngine postgres;
    private final SearchEngine elastic;

    @Value("${search.backend:postgres}")
    private String backend;

    public SearchBackendSelector(@Qualifier("postgres") SearchEngine postgres,
                                 @Qualifier("elastic") SearchEngine elastic) {
        this.postgres = postgres;
        this.elastic = elastic;
    }

    public SearchEngine select() {
        if (backend == "elastic") {
            return elastic;
        }
        return postgres;
    }
}
