// A value a request may lack, handed to a method of a new object or a static method of another class that dereferences it on entry: reported at the call.
import jakarta.servlet.http.HttpServletRequest;

final class Slugs {

    private Slugs() {
    }

    static String of(String title) {
        return title.trim().toLowerCase().replace(' ', '-');
    }
}

class SlugPrinter {

    void print(String slug) {
        System.out.println(slug.length() + " " + slug);
    }
}

class ArticleController {

    String slug(HttpServletRequest request) {
        String title = request.getParameter("title");
        return Slugs.of(title);  // expect: null-dereference "title"
    }

    void show(HttpServletRequest request) {
        new SlugPrinter().print(request.getHeader("X-Slug"));  // expect: null-dereference "getHeader"
    }

    String checked(HttpServletRequest request) {
        String title = request.getParameter("title");
        return title == null ? "" : Slugs.of(title);
    }
}
