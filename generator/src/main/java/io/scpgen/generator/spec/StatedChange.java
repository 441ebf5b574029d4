package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One change an API version's history in the docs states, such as
 * {@code • [New] GET /product-categories - ListProductCategories API have been added.}
 *
 * @param tag    the bracketed tag as written ({@code New}, {@code Changed}, {@code Deprecated}, {@code Removed}...)
 * @param method the HTTP method, upper case; null when the change names no operation
 * @param path   the operation's path in the spec's form ({@code /v1/product-categories}: the docs leave out the
 *               {@code /v1}); null when the change names no operation
 * @param text   what the docs say about it ({@code ListProductCategories API have been added.}); null when nothing
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatedChange(String tag, String method, String path, String text) {

    public StatedChange {
        Objects.requireNonNull(tag, "tag");
    }

    /** {@code GET /v1/product-categories}, the key of the operation it names; null when it names none. */
    @JsonIgnore
    public String operation() {
        return method == null || path == null ? null : method + " " + path;
    }

    /** {@code [New] GET /v1/product-categories - ListProductCategories API have been added.}: as the docs say it. */
    @JsonIgnore
    public String describe() {
        StringBuilder text = new StringBuilder("[").append(tag).append("]");
        if (operation() != null) {
            text.append(' ').append(operation());
        }
        if (this.text != null) {
            text.append(operation() == null ? " " : " - ").append(this.text);
        }
        return text.toString();
    }
}
