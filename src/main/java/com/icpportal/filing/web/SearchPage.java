package com.icpportal.filing.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a staff search, keyset-paged: at most a page of rows and, when the search found
 * more, the link to the next page (the same search after the last row's key).
 */
record SearchPage<T>(List<T> rows, String nextPage) {

    /**
     * @param found what the search found when asked for one row more than a page
     * @param path  the search page, e.g. {@code /admin/filings}
     * @param q     the search text, carried on to the next page unless blank
     * @param key   a row's sort key: the next page starts after it
     */
    static <T> SearchPage<T> of(List<T> found, int size, String path, String q, Function<T, String> key) {
        if (found.size() <= size) {
            return new SearchPage<>(found, null);
        }
        List<T> page = found.subList(0, size);
        String next = UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(text -> !text.isBlank()))
                .queryParam("after", key.apply(page.get(size - 1)))
                .build()
                .encode()
                .toUriString();
        return new SearchPage<>(page, next);
    }
}
