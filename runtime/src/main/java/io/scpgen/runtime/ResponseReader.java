package io.scpgen.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scpgen.runtime.exception.ScpClientException;
import java.io.IOException;
import java.net.http.HttpResponse;

/** Turns a response into the call's result: the parsed body on success, a typed exception otherwise. */
final class ResponseReader {
    private final ObjectMapper mapper;

    ResponseReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    <T> T read(PreparedCall<T> call, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            throw ApiErrors.from(call.description(), response, mapper);
        }
        byte[] body = response.body();
        if (body.length == 0 || call.responseType().hasRawClass(Void.class)) {
            return null;
        }
        try {
            return mapper.readValue(body, call.responseType());
        } catch (IOException e) {
            throw new ScpClientException(call.description() + " returned HTTP " + status
                    + " with a body that is not a valid " + call.responseType().toCanonical(), e);
        }
    }
}
