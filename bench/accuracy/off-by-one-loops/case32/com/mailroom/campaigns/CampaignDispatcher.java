package com.mailroom.campaigns;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

@Service
public class CampaignDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CampaignDispatcher.class);

    private final MailGateway gateway;

    public CampaignDispatcher(MailGateway gateway) {
        this.gateway = gateway;
    }

    @Async
    public void dispatch(String campaignId, String subject, String template, List<Recipient> recipients) {
        int total = recipients.size();
        int sent = 0;
        int i = 0;
        while (i <= total) {
            Recipient recipient = recipients.get(i);
            if (!recipient.unsubscribed()) {
                gateway.send(recipient.email(), subject, template.replace("{{firstName}}", recipient.firstName()));
                sent++;
            }
            i++;
        }
        log.info("Campaign {}: sent {} mails to {} recipients", campaignId, sent, total);
    }
}
