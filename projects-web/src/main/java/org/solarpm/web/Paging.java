package org.solarpm.web;

import org.solarpm.shared.DomainException;

/**
 * {@code ?page=&size=} of list endpoints: page from 0, size 1..500 (default 50). Checked here rather
 * than with Bean Validation on query parameters, which Payara's OpenAPI generator cannot document.
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            throw DomainException.invalid("page", "jakarta.validation.constraints.Min.message", 0);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw DomainException.invalid("size", "error.field.range", 1, MAX_SIZE);
        }
        return new Paging(p, s);
    }
}
