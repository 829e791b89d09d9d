package eval2.case47;

/** Backing object of the "communication preferences" form. */
public class PreferencesForm {

    private String newsletterFrequency;
    private String preferredLanguage;
    private boolean smsOptIn;

    public String getNewsletterFrequency() {
        return newsletterFrequency;
    }

    public void setNewsletterFrequency(String newsletterFrequency) {
        this.newsletterFrequency = newsletterFrequency;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean isSmsOptIn() {
        return smsOptIn;
    }

    public void setSmsOptIn(boolean smsOptIn) {
        this.smsOptIn = smsOptIn;
    }
}
