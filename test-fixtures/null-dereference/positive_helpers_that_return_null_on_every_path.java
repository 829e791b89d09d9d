// Helpers whose every return hands back a local only ever set to null: a private one of the same class, and a public one of another class called on a new object or statically. The call runs exactly that body, so its null is certain.
class NoticeBoard {

    String headline() {
        String data = draftHeadline();
        return data.trim();  // expect: null-dereference "draftHeadline()"
    }

    int footerLength() {
        String footer = (new FooterSource()).footer();
        return footer.length();  // expect: null-dereference "footer()"
    }

    int bannerLength() {
        return FooterSource.banner().length();  // expect: null-dereference "banner()"
    }

    private String draftHeadline() {
        String data;
        data = null;
        return data;
    }
}

class FooterSource {

    public String footer() {
        String data = null;
        return data;
    }

    static String banner() {
        String text = null;
        return text;
    }
}
