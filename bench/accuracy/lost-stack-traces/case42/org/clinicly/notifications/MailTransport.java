package org.clinicly.notifications;

public interface MailTransport {

    void send(String from, String to, String subject, String body) throws DeliveryException;

    class DeliveryException extends Exception {

        public DeliveryException(String message) {
            super(message);
        }

        public DeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
