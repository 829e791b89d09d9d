// Catch blocks that attach the caught exception to the new one with initCause or addSuppressed before throwing it.
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.zip.GZIPInputStream;

class KeyStoreLoadException extends Exception {

    KeyStoreLoadException(String message) {
        super(message);
    }
}

class TrustMaterialLoader {

    KeyStore load(URI location, char[] password) throws KeyStoreLoadException {
        try (InputStream in = location.toURL().openStream()) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            KeyStoreLoadException failure = new KeyStoreLoadException("Cannot load trust store from " + location);
            failure.initCause(e);
            throw failure;
        }
    }

    byte[] unzip(InputStream compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(compressed)) {
            return in.readAllBytes();
        } catch (IllegalArgumentException e) {
            throw (IOException) new IOException("Corrupt gzip stream").initCause(e);
        }
    }

    void closeAll(InputStream first, InputStream second) throws IOException {
        try {
            first.close();
        } catch (IOException e) {
            IOException closeFailure = new IOException("Closing trust material streams failed");
            closeFailure.addSuppressed(e);
            try {
                second.close();
            } catch (IOException secondFailure) {
                closeFailure.addSuppressed(secondFailure);
            }
            throw closeFailure;
        }
        second.close();
    }
}
