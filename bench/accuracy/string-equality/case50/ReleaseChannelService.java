package streq.case50;

import org.springframework.stereotype.Service;

@Service
public class ReleaseChannelService {

    private final CurrentValueHolder channel = new CurrentValueHolder();

    public boolean switchTo(String releaseChannel) {
        if (releaseChannel == null) {
            throw new IllegalArgumentException("channel required");
        }
        return channel.replace(releaseChannel);
    }

    public boolean isActive(String releaseChannel) {
        return channel.isCurrent(releaseChannel);
    }
}
