package com.alertwise.notifications;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class DeliveryPlanner {

    /**
     * Returns the channels to try, in order, for a user; the fallback is only added when it
     * differs from the preferred channel.
     */
    public List<Byte> channelsFor(NotificationPreference preference) {
        List<Byte> channels = new ArrayList<>(2);
        Byte preferred = preference.getPreferredChannel();
        Byte fallback = preference.getFallbackChannel();
        channels.add(preferred != null ? preferred : NotificationPreference.CHANNEL_EMAIL);
        if (fallback != null && fallback != preferred) {
            channels.add(fallback);
        }
        return channels;
    }
}
