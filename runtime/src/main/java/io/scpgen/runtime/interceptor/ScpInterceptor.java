package io.scpgen.runtime.interceptor;

/**
 * Sees every call of a client, and may add headers to its attempts: the place for metrics, tracing spans and headers
 * a whole organisation sends. Every method does nothing by default; implement those you need. Hooks are called in
 * this order:
 *
 * <ol>
 *   <li>{@link #beforeExecution} once, before anything is sent;</li>
 *   <li>for each attempt, the first and every retry: {@link #beforeAttempt} (before signing, so headers added there are
 *   signed) and {@link #afterAttempt} (its status or transport failure, headers and duration);</li>
 *   <li>once at the end: {@link #onSuccess} with the result, or {@link #onFailure} with what the call throws.</li>
 * </ol>
 *
 * <p>Interceptors of the client's configuration run first, in the order added, then those of the call's
 * {@link io.scpgen.runtime.ScpRequestOverrides}. An interceptor that throws fails the call with an
 * {@link io.scpgen.runtime.exception.ScpInterceptorException} naming it and the hook; such a failure is never retried.
 * An interceptor may be called from several threads at once (one client, many calls), and an asynchronous call's hooks
 * may run on the HTTP client's threads: keep per-call state in {@link ScpCallContext#put the call's context}.
 */
public interface ScpInterceptor {

    /**
     * Before the call's first attempt.
     *
     * @param context the call
     */
    default void beforeExecution(ScpCallContext context) {
    }

    /**
     * Before each attempt is signed and sent.
     *
     * @param context the call
     * @param request the attempt's request, whose headers may be added or replaced
     */
    default void beforeAttempt(ScpCallContext context, ScpAttemptRequest request) {
    }

    /**
     * After each attempt, whatever its outcome, before the call retries, returns or fails.
     *
     * @param context the call
     * @param result the attempt's status or transport failure, response headers and duration
     */
    default void afterAttempt(ScpCallContext context, ScpAttemptResult result) {
    }

    /**
     * When the call succeeded, before its result is returned.
     *
     * @param context the call
     * @param result the parsed response; {@code null} for a call without a response body
     */
    default void onSuccess(ScpCallContext context, Object result) {
    }

    /**
     * When the call failed, before the failure is thrown (or completes the future).
     *
     * @param context the call
     * @param failure what the call throws
     */
    default void onFailure(ScpCallContext context, Throwable failure) {
    }
}
