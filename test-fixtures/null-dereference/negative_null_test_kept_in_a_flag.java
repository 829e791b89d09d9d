// A null test written as an assignment to a flag inside the condition: the branch where the attribute was missing stores a new writer, so after the if the writer is never null.
import jakarta.servlet.http.HttpServletRequest;
import java.io.CharArrayWriter;

class TemplateRenderer {

    private static final String PARENT_WRITER = "renderer.parentWriter";

    void render(HttpServletRequest request) {
        CharArrayWriter writer = (CharArrayWriter) request.getAttribute(PARENT_WRITER);
        boolean top;
        if (top = (writer == null)) {
            writer = new CharArrayWriter();
            request.setAttribute(PARENT_WRITER, writer);
        }
        writer.append("body");
        if (top) {
            writer.flush();
            request.removeAttribute(PARENT_WRITER);
        }
    }
}
