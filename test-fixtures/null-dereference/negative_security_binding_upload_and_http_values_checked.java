// The same values checked first, and a parameter read by a name the request itself listed.
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

class CheckedAccountEndpoints {

    String whoAmI(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "anonymous";
        }
        return authentication.getName();
    }

    String firstError(BindingResult result) {
        if (result.hasFieldErrors() && result.getFieldError() != null) {
            return result.getFieldError().getField();
        }
        return "";
    }

    boolean isCsv(MultipartFile upload) {
        String name = upload.getOriginalFilename();
        return name != null && name.endsWith(".csv");
    }

    Map<String, Integer> counts(HttpServletRequest request) {
        Map<String, Integer> counts = new HashMap<>();
        Enumeration<String> names = request.getParameterNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            String[] values = request.getParameterValues(name);
            counts.put(name, values.length);
        }
        return counts;
    }
}
