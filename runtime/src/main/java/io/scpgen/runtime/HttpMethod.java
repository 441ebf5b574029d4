package io.scpgen.runtime;

/** The HTTP methods SCP APIs use. */
public enum HttpMethod {
    /** Reads a resource. */
    GET(true),
    /** Creates a resource or starts an action. */
    POST(false),
    /** Replaces a resource. */
    PUT(true),
    /** Changes part of a resource. */
    PATCH(false),
    /** Deletes a resource. */
    DELETE(true);

    private final boolean idempotent;

    HttpMethod(boolean idempotent) {
        this.idempotent = idempotent;
    }

    /**
     * Whether sending the request twice has the same effect as sending it once, which is what
     * makes a retry after a lost response safe.
     */
    public boolean isIdempotent() {
        return idempotent;
    }
}
