package org.campusnet.sessions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

public class SessionSnapshotStore {

    private static final Logger LOGGER = Logger.getLogger(SessionSnapshotStore.class.getName());

    private final BinaryCache cache;

    public SessionSnapshotStore(BinaryCache cache) {
        this.cache = cache;
    }

    public void write(String key, SessionSnapshot snapshot) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise session " + key, e);
        }
        cache.put(key, bytes.toByteArray());
    }

    public Optional<SessionSnapshot> read(String key) {
        byte[] bytes = cache.get(key);
        if (bytes == null) {
            return Optional.empty();
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return Optional.of((SessionSnapshot) in.readObject());
        } catch (IOException | ClassNotFoundException e) {
            LOGGER.log(Level.FINE, "Dropping unreadable session entry {0}", key);
            cache.remove(key);
        }
        return Optional.empty();
    }
}
