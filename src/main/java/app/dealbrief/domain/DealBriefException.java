package app.dealbrief.domain;

/** The one application exception: its message is written for the user and names the file or field at fault. */
public class DealBriefException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DealBriefException(String message) {
        super(message);
    }

    public DealBriefException(String message, Throwable cause) {
        super(message, cause);
    }
}
