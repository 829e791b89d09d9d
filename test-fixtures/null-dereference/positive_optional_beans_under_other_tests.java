// An optional bean used under a condition that asks nothing of any feature (a comparison of the request's own values): a deployment without the bean fails there.
import org.springframework.beans.factory.annotation.Autowired;

class ArchiveWriter {

    enum Retention { SHORT, LONG }

    interface ArchiveSink {
        void write(String event);
    }

    @Autowired(required = false)
    private ArchiveSink archive;

    void record(String event, Retention retention, int size) {
        if (retention == Retention.LONG && size > 0) {
            archive.write(event);  // expect: null-dereference "archive"
        }
    }
}
