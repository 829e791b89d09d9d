package opt.case28;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.ArrayList;
import java.util.List;

@Entity
public class Playlist {

    @Id
    private Long id;

    private String owner;

    private int maxTracks;

    @ElementCollection
    private List<Long> trackIds = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public int getMaxTracks() {
        return maxTracks;
    }

    public List<Long> getTrackIds() {
        return trackIds;
    }
}
