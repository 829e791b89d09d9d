// A label formatter that appends a separator after every element but the last, then appends `tags.get(tags.size() - 1)` after the loop.
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class TagLabelFormatter {

    public String format(List<String> tags) {
        if (tags.isEmpty()) {
            return "";
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < tags.size() - 1; i++) {
            label.append('#').append(tags.get(i)).append(", ");
        }
        label.append('#').append(tags.get(tags.size() - 1));
        return label.toString();
    }
}
