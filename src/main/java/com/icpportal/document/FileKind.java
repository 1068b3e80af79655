package com.icpportal.document;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of file an identity document may be uploaded as, each with the file name extensions
 * and content types that belong to it. What a file really is comes from {@link ContentSniffer};
 * the name and the declared type only have to agree with that.
 */
public enum FileKind {
    JPEG("image/jpeg", List.of("jpg", "jpeg"), Set.of("image/jpg", "image/pjpeg")),
    PNG("image/png", List.of("png"), Set.of("image/x-png")),
    PDF("application/pdf", List.of("pdf"), Set.of("application/x-pdf"));

    private final String contentType;
    private final List<String> extensions;
    // Non-standard names that older browsers and some phone apps still send for the same thing.
    private final Set<String> contentTypeAliases;

    FileKind(String contentType, List<String> extensions, Set<String> contentTypeAliases) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.contentTypeAliases = contentTypeAliases;
    }

    /** The standard content type, e.g. {@code image/jpeg}; the one to serve the file with. */
    public String contentType() {
        return contentType;
    }

    /** The extensions this kind accepts, lower case without the dot, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    /** Whether this kind has pixels, and so dimensions that {@link ImageHeader} can read. */
    public boolean isImage() {
        return this != PDF;
    }

    /**
     * Whether a file of this kind may carry the given extension.
     *
     * @param extension without the dot, in any case; {@code null} or empty is never accepted
     */
    public boolean acceptsExtension(String extension) {
        return extension != null && extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a declared content type (such as a browser's {@code Content-Type} for the part)
     * names this kind. Parameters ({@code ;charset=…}), surrounding spaces and case are ignored.
     */
    public boolean acceptsContentType(String declared) {
        if (declared == null) {
            return false;
        }
        String type = mediaType(declared);
        return type.equals(contentType) || contentTypeAliases.contains(type);
    }

    /** The type and subtype of a content type, lower case, without parameters. */
    static String mediaType(String declared) {
        int semicolon = declared.indexOf(';');
        String type = semicolon < 0 ? declared : declared.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }
}
