package com.brokerlink.quotes.partners;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "quotes.partner-callbacks")
public class PartnerCallbackProperties {

    /** Partner id to the algorithm names it signs callbacks with. */
    private Map<String, List<String>> partners = new HashMap<>();

    public Map<String, List<String>> getPartners() {
        return partners;
    }

    public void setPartners(Map<String, List<String>> partners) {
        this.partners = partners;
    }
}
