// Values Spring, the servlet API and the JDK document as null in normal operation: the principal of an anonymous request, the authentication of an unauthenticated thread, a field error where only global errors were found, an upload's file name, a response without a body, a cache nobody configured, a console a service process lacks, a multi-valued parameter a client left out.
import jakarta.servlet.http.HttpServletRequest;
import java.io.Console;
import java.security.Principal;
import java.util.Map;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.multipart.MultipartFile;

class AccountEndpoints {

    private final RestTemplate restTemplate;
    private final CacheManager cacheManager;

    AccountEndpoints(RestTemplate restTemplate, CacheManager cacheManager) {
        this.restTemplate = restTemplate;
        this.cacheManager = cacheManager;
    }

    String whoAmI(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal.getName();  // expect: null-dereference "principal"
    }

    String currentUser() {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        return authentication.getName();  // expect: null-dereference "authentication"
    }

    String currentUserName() {
        return SecurityContextHolder.getContext().getAuthentication().getName();  // expect: null-dereference "getAuthentication"
    }

    String firstError(BindingResult result) {
        FieldError error = result.getFieldError();
        return error.getField();  // expect: null-dereference "error"
    }

    boolean isCsv(MultipartFile upload) {
        String name = upload.getOriginalFilename();
        return name.endsWith(".csv");  // expect: null-dereference "name"
    }

    int remoteCount(String url) {
        ResponseEntity<Map> response = restTemplate.getForEntity(url, Map.class);
        Map body = response.getBody();
        return body.size();  // expect: null-dereference "body"
    }

    void evict(String key) {
        Cache cache = cacheManager.getCache("accounts");
        cache.evict(key);  // expect: null-dereference "cache"
    }

    char[] password() {
        Console console = System.console();
        return console.readPassword("password: ");  // expect: null-dereference "console"
    }

    int selected(HttpServletRequest request) {
        String[] ids = request.getParameterValues("id");
        return ids.length;  // expect: null-dereference "ids"
    }
}
