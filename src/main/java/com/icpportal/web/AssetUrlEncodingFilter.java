package com.icpportal.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Spring's {@link ResourceUrlEncodingFilter} (it writes an asset's link as its content-hash URL,
 * {@code /css/portal-<md5>.css}), asking the resource mappings only about links under the asset
 * folders. Spring's own filter matched every link a page writes against the mappings' patterns: on
 * the review queue, with a link per row, that was 3% of the page's CPU. Registered in place of Spring
 * Boot's (which backs off when a filter of this type is registered).
 *
 * <p>The content-hash path found for an asset is kept ({@link #found}): the assets are the build's
 * own files, and Spring's resource chain caches the same answer itself (its lookup still costs ~1%
 * of a page for two links). Only found paths are kept, and at most {@link #KEPT}, so links to files
 * that do not exist cannot fill the memory.
 */
final class AssetUrlEncodingFilter extends ResourceUrlEncodingFilter {

    static final int KEPT = 256;

    private final String[] prefixes;
    /** Lookup path (as a page links it) -> its content-hash path. */
    private final Map<String, String> found = new ConcurrentHashMap<>();

    /** @param folders the asset folders, each served under {@code /<folder>/} */
    AssetUrlEncodingFilter(String... folders) {
        this.prefixes = new String[folders.length];
        for (int i = 0; i < folders.length; i++) {
            prefixes[i] = "/" + folders[i] + "/";
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
            throw new ServletException("AssetUrlEncodingFilter only supports HTTP requests");
        }
        chain.doFilter(request, new AssetUrls(http, answer));
    }

    private final class AssetUrls extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        AssetUrls(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public String encodeURL(String url) {
            return super.encodeURL(versioned(url));
        }

        private String versioned(String url) {
            String context = request.getContextPath();
            if (!url.startsWith(context) || !isAsset(url, context.length())) {
                return url;
            }
            if (!(request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
                    instanceof ResourceUrlProvider assets)) {
                return url;
            }
            int end = url.length();
            for (char mark : new char[] {'?', '#'}) {
                int at = url.indexOf(mark, context.length());
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            String path = url.substring(context.length(), end);
            String hashed = found.get(path);
            if (hashed == null) {
                hashed = assets.getForLookupPath(path);
                if (hashed == null) {
                    return url;
                }
                if (found.size() < KEPT) {
                    found.put(path, hashed);
                }
            }
            return context + hashed + url.substring(end);
        }

        private boolean isAsset(String url, int from) {
            for (String prefix : prefixes) {
                if (url.startsWith(prefix, from)) {
                    return true;
                }
            }
            return false;
        }
    }
}
