// Helpers whose null is not certain where they are called: a hook a subclass may override, called through this; a bare `return null;` stub; a local set to null on one path only; a method of another class reached through a field, whose object may be a subclass's.
class BulletinBoard {

    private final SidebarSource footers;

    BulletinBoard(SidebarSource footers) {
        this.footers = footers;
    }

    String headline() {
        String data = draftHeadline();
        return data.trim();
    }

    String subtitle() {
        return placeholder().trim();
    }

    String caption(boolean wide) {
        return captionFor(wide).trim();
    }

    int footerLength() {
        String footer = footers.footer();
        return footer.length();
    }

    protected String draftHeadline() {
        String data;
        data = null;
        return data;
    }

    private String placeholder() {
        return null;
    }

    private String captionFor(boolean wide) {
        String text = null;
        if (wide) {
            text = "all the news";
        }
        return wide ? text : "news";
    }
}

class SidebarSource {

    public String footer() {
        String data = null;
        return data;
    }
}
