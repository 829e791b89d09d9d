package fm.tunecast.playlists;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
public class Playlist {

    @Id
    private UUID id;

    private String ownerId;

    private String name;

    @ElementCollection
    @CollectionTable(name = "playlist_tracks")
    @OrderColumn(name = "position")
    @Column(name = "track_id")
    private List<Long> trackIds = new ArrayList<>();

    protected Playlist() {
    }

    public UUID getId() {
        return id;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }

    public List<Long> getTrackIds() {
        return trackIds;
    }
}
