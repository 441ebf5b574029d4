package io.scpgen.runtime.exception;

/**
 * An interceptor threw: the call fails with this exception, whose message names the interceptor's class and the hook,
 * and whose cause is what the interceptor threw. Never retried.
 */
public class ScpInterceptorException extends ScpClientException {
    private static final long serialVersionUID = 1L;

    private final String interceptor;
    private final String hook;

    /**
     * An interceptor's failure.
     *
     * @param interceptor the interceptor's class name
     * @param hook the hook that threw, e.g. {@code beforeAttempt}
     * @param call names the call, without any secret
     * @param cause what the interceptor threw
     */
    public ScpInterceptorException(String interceptor, String hook, String call, Throwable cause) {
        super("interceptor " + interceptor + " failed in " + hook + " of " + call
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        this.interceptor = interceptor;
        this.hook = hook;
    }

    /** {@return the class name of the interceptor that threw} */
    public String interceptor() {
        return interceptor;
    }

    /** {@return the hook that threw, e.g. {@code beforeAttempt}} */
    public String hook() {
        return hook;
    }
}
