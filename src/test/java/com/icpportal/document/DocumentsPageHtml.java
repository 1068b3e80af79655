package com.icpportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** Reads what a person sees on an order's Documents page, from its HTML. */
public final class DocumentsPageHtml {

    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    private DocumentsPageHtml() {}

    /** The page's title, unescaped. */
    public static String title(String html) {
        Matcher matcher = TITLE.matcher(html);
        assertThat(matcher.find()).as("a <title> on the page").isTrue();
        return HtmlUtils.htmlUnescape(matcher.group(1)).strip();
    }

    /**
     * The action of the upload form of a kind, as the browser would post to it: a plain address,
     * with no CSRF token in it (an address stays in the browser's history; the token is a part of
     * the form's body).
     */
    public static URI uploadAction(String html, DocumentKind kind) {
        Matcher matcher = Pattern.compile("action=\"(/orders/[0-9a-f-]{36}/documents/" + kind.name() + "[^\"]*)\"")
                .matcher(html);
        assertThat(matcher.find()).as("an upload form for " + kind).isTrue();
        String action = HtmlUtils.htmlUnescape(matcher.group(1));
        assertThat(action).as("the upload form's address").doesNotContain("?").doesNotContain("_csrf");
        return URI.create(action);
    }

    /** The CSRF token of the upload form of a kind: a hidden field inside that form. */
    public static String uploadToken(String html, DocumentKind kind) {
        Matcher matcher = Pattern.compile(
                        "action=\"/orders/[0-9a-f-]{36}/documents/" + kind.name()
                                + "\"[^>]*enctype=\"multipart/form-data\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(html);
        assertThat(matcher.find())
                .as("the CSRF token among the fields of the upload form for " + kind)
                .isTrue();
        return HtmlUtils.htmlUnescape(matcher.group(1));
    }

    /** The message at a kind's file field ({@code id="file-KIND-error"}), unescaped, if there is one. */
    public static Optional<String> fieldError(String html, DocumentKind kind) {
        Matcher matcher = Pattern.compile("<p[^>]*\\bid=\"file-" + kind.name() + "-error\"[^>]*>([^<]*)</p>")
                .matcher(html);
        return matcher.find()
                ? Optional.of(HtmlUtils.htmlUnescape(matcher.group(1)).strip())
                : Optional.empty();
    }
}
