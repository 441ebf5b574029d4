package io.scpgen.runtime;

import io.scpgen.runtime.exception.ScpClientException;
import io.scpgen.runtime.exception.ScpInterceptorException;
import io.scpgen.runtime.interceptor.ScpAttemptRequest;
import io.scpgen.runtime.interceptor.ScpAttemptResult;
import io.scpgen.runtime.interceptor.ScpCallContext;
import io.scpgen.runtime.interceptor.ScpInterceptor;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The interceptors of one call, run in order. A hook that throws stops the others of the same hook and becomes an
 * {@link ScpInterceptorException} naming the interceptor; only {@code onFailure} reaches every interceptor anyway, so
 * each can close what it opened.
 */
final class InterceptorChain {
    private static final InterceptorChain EMPTY = new InterceptorChain(List.of());

    private final List<ScpInterceptor> interceptors;

    private InterceptorChain(List<ScpInterceptor> interceptors) {
        this.interceptors = interceptors;
    }

    /** The configuration's interceptors, then the call's. */
    static InterceptorChain of(List<ScpInterceptor> configured, List<ScpInterceptor> perCall) {
        if (perCall.isEmpty()) {
            return configured.isEmpty() ? EMPTY : new InterceptorChain(configured);
        }
        List<ScpInterceptor> all = new ArrayList<>(configured);
        all.addAll(perCall);
        return new InterceptorChain(List.copyOf(all));
    }

    // each hook checks for interceptors first: the common case, none, then makes no lambda at all

    void beforeExecution(ScpCallContext context) {
        if (!interceptors.isEmpty()) {
            each("beforeExecution", context, i -> i.beforeExecution(context));
        }
    }

    void beforeAttempt(ScpCallContext context, ScpAttemptRequest request) {
        if (!interceptors.isEmpty()) {
            each("beforeAttempt", context, i -> i.beforeAttempt(context, request));
        }
    }

    /**
     * Tells the interceptors how an attempt ended.
     *
     * @param response the response, or {@code null} when none arrived
     * @param transportFailure why none arrived, or {@code null}
     */
    void afterAttempt(ScpCallContext context, int attempt, HttpResponse<byte[]> response,
                      ScpClientException transportFailure, Duration took) {
        if (!interceptors.isEmpty()) {
            ScpAttemptResult result = new ScpAttemptResult(attempt,
                    response == null ? OptionalInt.empty() : OptionalInt.of(response.statusCode()),
                    response == null ? Map.of() : response.headers().map(), Optional.ofNullable(transportFailure),
                    took);
            each("afterAttempt", context, i -> i.afterAttempt(context, result));
        }
    }

    void onSuccess(ScpCallContext context, Object result) {
        if (!interceptors.isEmpty()) {
            each("onSuccess", context, i -> i.onSuccess(context, result));
        }
    }

    /**
     * Tells every interceptor that the call failed.
     *
     * @return what the call throws: {@code failure}, or the first interceptor's failure with {@code failure} suppressed
     */
    RuntimeException onFailure(ScpCallContext context, RuntimeException failure) {
        RuntimeException thrown = failure;
        for (ScpInterceptor interceptor : interceptors) {
            try {
                interceptor.onFailure(context, failure);
            } catch (RuntimeException e) {
                if (thrown == failure) {
                    thrown = failed(interceptor, "onFailure", context, e);
                    thrown.addSuppressed(failure);
                }
            }
        }
        return thrown;
    }

    private void each(String hook, ScpCallContext context, Consumer<ScpInterceptor> call) {
        for (ScpInterceptor interceptor : interceptors) {
            try {
                call.accept(interceptor);
            } catch (RuntimeException e) {
                throw failed(interceptor, hook, context, e);
            }
        }
    }

    private static ScpInterceptorException failed(ScpInterceptor interceptor, String hook, ScpCallContext context,
                                                  RuntimeException cause) {
        return new ScpInterceptorException(interceptor.getClass().getName(), hook, context.operationName(), cause);
    }
}
