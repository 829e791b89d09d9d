package org.campusnet.sessions;

public interface BinaryCache {

    byte[] get(String key);

    void put(String key, byte[] value);

    void remove(String key);
}
