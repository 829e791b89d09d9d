package com.docuflow.mail.attachments;

public record Attachment(String fileName, String contentType, byte[] content) {
}
