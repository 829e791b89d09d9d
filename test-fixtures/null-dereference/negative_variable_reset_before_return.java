// A local set to null and then given a value before it is returned: its method does not return null.
class BannerText {

    String banner() {
        String data = text();
        return data.trim();
    }

    private String text() {
        String data = null;
        data = "welcome";
        return data;
    }
}
