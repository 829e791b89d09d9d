package fm.tunecast.playlists;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PlaylistEditor {

    @PersistenceContext
    private EntityManager em;

    @Transactional
    public Long removeAt(UUID playlistId, String ownerId, int position) {
        Playlist playlist = load(playlistId, ownerId);
        List<Long> tracks = playlist.getTrackIds();
        if (position < 0 || position >= tracks.size()) {
            throw new IndexOutOfBoundsException("No track at position " + position);
        }
        return tracks.remove(position);
    }

    @Transactional
    public void move(UUID playlistId, String ownerId, int from, int to) {
        Playlist playlist = load(playlistId, ownerId);
        List<Long> tracks = playlist.getTrackIds();
        Long track = tracks.remove(from);
        tracks.add(Math.min(to, tracks.size()), track);
    }

    private Playlist load(UUID playlistId, String ownerId) {
        Playlist playlist = em.find(Playlist.class, playlistId);
        if (playlist == null || !playlist.getOwnerId().equals(ownerId)) {
            throw new IllegalArgumentException("No playlist " + playlistId);
        }
        return playlist;
    }
}
