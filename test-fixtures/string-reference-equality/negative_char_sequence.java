// A template renderer that compares CharSequence and StringBuilder references with ==.
import org.springframework.stereotype.Component;

@Component
public class TemplateBufferRenderer {

    private final StringBuilder shared = new StringBuilder();
    private CharSequence lastRendered;

    public boolean isSameRender(CharSequence rendered) {
        return rendered == lastRendered;
    }

    public boolean usesSharedBuffer(StringBuilder buffer) {
        return buffer == shared;
    }

    public CharSequence render(CharSequence template, CharSequence value) {
        if (template != value) {
            lastRendered = template + "=" + value;
        }
        return lastRendered;
    }
}
