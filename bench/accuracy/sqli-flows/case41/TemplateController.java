package eval5.case41;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications/templates")
public class TemplateController {

    private final NotificationTemplateStore templates;

    public TemplateController(NotificationTemplateStore templates) {
        this.templates = templates;
    }

    @GetMapping("/{code}")
    public ResponseEntity<NotificationTemplateStore.Template> get(
            @PathVariable String code,
            @RequestHeader(name = "Accept-Language", defaultValue = "en") String language) {
        String lang = language.length() >= 2 ? language.substring(0, 2) : "en";
        return templates.find(code, lang)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
