// Helpers that return a local only ever set to null, in this class and in a class of their own: a method's own null is the program's state, not a value from outside, and its callers are not reported.
class NoticeBoard {

    String headline() {
        String data = draftHeadline();
        return data.trim();
    }

    int footerLength() {
        String footer = (new FooterSource()).footer();
        return footer.length();
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
