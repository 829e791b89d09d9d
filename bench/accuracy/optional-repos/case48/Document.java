package opt.case48;

public record Document(Long id, String title, String mimeType, byte[] content) {
}
