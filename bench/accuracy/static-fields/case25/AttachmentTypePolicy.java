// Content types accepted for uploaded attachments and the file extension stored for each.
package staticfields.case25;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

@Component
public class AttachmentTypePolicy {

    private static final Map<String, String> EXTENSION_BY_TYPE;
    private static final List<String> IMAGE_TYPES =
            Collections.unmodifiableList(Arrays.asList("image/png", "image/jpeg", "image/webp"));
    private static final Set<String> BLOCKED_EXTENSIONS =
            Collections.unmodifiableSet(new HashSet<>(Arrays.asList("exe", "bat", "cmd", "js", "jar")));

    static {
        var byType = new LinkedHashMap<String, String>();
        byType.put("application/pdf", "pdf");
        byType.put("text/csv", "csv");
        byType.put("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        IMAGE_TYPES.forEach(type -> byType.put(type, type.substring("image/".length())));
        EXTENSION_BY_TYPE = Collections.unmodifiableMap(byType);
    }

    public Optional<String> extensionFor(String contentType) {
        return Optional.ofNullable(EXTENSION_BY_TYPE.get(contentType));
    }

    public boolean accepts(MultipartFile file) {
        var name = Optional.ofNullable(file.getOriginalFilename()).orElse("");
        var dot = name.lastIndexOf('.');
        var extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return !BLOCKED_EXTENSIONS.contains(extension) && EXTENSION_BY_TYPE.containsKey(file.getContentType());
    }

    public boolean isImage(String contentType) {
        return IMAGE_TYPES.contains(contentType);
    }
}
