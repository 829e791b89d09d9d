// A session or servlet context reached through the request, and read in the same chain: what it holds may be missing just the same.
import jakarta.servlet.http.HttpServletRequest;

class ChainedServletReads {

    String currentUser(HttpServletRequest request) {
        return request.getSession().getAttribute("user").toString();  // expect: null-dereference "getAttribute"
    }

    String uploadRoot(HttpServletRequest request) {
        return request.getServletContext().getInitParameter("upload.root").trim();  // expect: null-dereference "getInitParameter"
    }

    String checkedUser(HttpServletRequest request) {
        Object user = request.getSession().getAttribute("user");
        return user == null ? "anonymous" : user.toString();
    }
}
