// A path sanitizer that compares char values taken from Strings with == and !=.
import org.springframework.stereotype.Component;

@Component
public class RequestPathSanitizer {

    public String stripLeadingSlash(String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return path;
        }
        return path.substring(1);
    }

    public boolean isHidden(String fileName) {
        return fileName.charAt(0) == '.';
    }

    public int countSegments(String path) {
        int count = 0;
        for (char c : path.toCharArray()) {
            if (c == '/') {
                count++;
            }
        }
        var last = path.charAt(path.length() - 1);
        return last == '/' ? count - 1 : count;
    }
}
