// Array-valued Map.get results used without a check: element access on the servlet parameter map is reported; the .length of a byte array from a cache map the program fills is not.
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class ThumbnailServlet extends HttpServlet {

    private final Map<String, byte[]> thumbnails = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String[]> parameters = request.getParameterMap();
        String imageId = parameters.get("id")[0];  // expect: null-dereference "parameters.get("
        byte[] image = thumbnails.get(imageId);
        response.setContentLength(image.length);
        response.getOutputStream().write(image);
    }
}
