package io.scpgen.runtime.interceptor;

import java.util.Map;

/**
 * One attempt's request as {@link ScpInterceptor#beforeAttempt} sees it, before it is signed. Headers set here are
 * sent with this attempt only (a retry starts again from the call's headers) and are covered by the signature, as
 * the URL is.
 */
public interface ScpAttemptRequest {

    /** {@return the attempt's number, 1 for the first} */
    int attempt();

    /** {@return the full URL as signed and sent} */
    String url();

    /** {@return the headers so far, by case-insensitive name, without the signing headers added later} */
    Map<String, String> headers();

    /**
     * Adds a header, or replaces the value of one with the same name.
     *
     * @param name the header's name
     * @param value its value
     * @return this request
     * @throws IllegalArgumentException right away, naming the header, for an invalid name, a value with CR, LF or
     *     NUL, a header the HTTP client controls ({@code Host}, {@code Content-Length}, {@code Connection},
     *     {@code Expect}, {@code Upgrade}) or one the SDK computes (the signing headers, {@code Scp-Api-Version})
     */
    ScpAttemptRequest header(String name, String value);
}
