// A locale filter that compares Strings returned by methods of helper classes declared in the same file.
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Service;

class LocaleHeaderResolver {

    String resolve(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header == null ? "en" : header.split(",")[0];
    }
}

final class RegionNames {

    private RegionNames() {
    }

    static String defaultRegion() {
        return "eu";
    }
}

@Service
public class LocaleSelectionService {

    private final LocaleHeaderResolver resolver = new LocaleHeaderResolver();
    private final String defaultLocale = "en";

    public boolean usesDefaultLocale(HttpServletRequest request) {
        return resolver.resolve(request) == defaultLocale; // expect: string-reference-equality "`resolver.resolve(request)`"
    }

    public boolean isDefaultRegion(String region) {
        return RegionNames.defaultRegion() == region; // expect: string-reference-equality "`RegionNames.defaultRegion()`"
    }

    public boolean sameAsRequest(HttpServletRequest request, String locale) {
        return locale != resolver.resolve(request); // expect: string-reference-equality "`locale`"
    }
}
