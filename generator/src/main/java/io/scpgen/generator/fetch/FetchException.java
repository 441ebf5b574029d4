package io.scpgen.generator.fetch;

/** A page that could not be fetched; the message is the one line the user sees after the URL. */
public final class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
        super(message);
    }
}
