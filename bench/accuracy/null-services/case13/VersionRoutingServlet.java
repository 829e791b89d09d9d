package nulls.case13;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = "/api/shipments/*")
public class VersionRoutingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public interface ShipmentRenderer {
        void render(HttpServletRequest request, HttpServletResponse response, boolean xml) throws IOException;
    }

    private final transient ShipmentRenderer v1Renderer;
    private final transient ShipmentRenderer v2Renderer;

    public VersionRoutingServlet(ShipmentRenderer v1Renderer, ShipmentRenderer v2Renderer) {
        this.v1Renderer = v1Renderer;
        this.v2Renderer = v2Renderer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String accept = request.getHeader("Accept");
        boolean xml = accept != null && accept.contains("application/xml");
        ShipmentRenderer renderer;

        String version = request.getHeader("X-Api-Version");
        switch (version) { // deref
            case "1":
                renderer = v1Renderer;
                break;
            case "2":
                renderer = v2Renderer;
                break;
            default:
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "unsupported API version");
                return;
        }
        renderer.render(request, response, xml);
    }
}
