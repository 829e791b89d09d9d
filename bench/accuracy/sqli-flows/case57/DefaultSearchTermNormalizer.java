package eval5.case57;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.stereotype.Component;

@Component
public class DefaultSearchTermNormalizer implements SearchTermNormalizer {

    @Override
    public String normalize(String raw) {
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return folded.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
