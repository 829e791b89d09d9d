// Helpers that return a local only ever set to null, in this class and in a class of their own, dereferenced by their callers.
class NoticeBoard {

    String headline() {
        String data = draftHeadline();
        return data.trim();  // expect: null-dereference "draftHeadline("
    }

    int footerLength() {
        String footer = (new FooterSource()).footer();
        return footer.length();  // expect: null-dereference "footer("
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
}
