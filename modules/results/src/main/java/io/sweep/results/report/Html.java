package io.sweep.results.report;

import org.owasp.encoder.Encode;

/**
 * The page as it is built: markup written by this package goes in as it is, everything else (names,
 * values, paths, messages from the manifest) through OWASP's encoder, for the context it lands in.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(1 << 16);

    /** Markup of this package's own making (constants and tags), never user data. */
    Html markup(String trusted) {
        out.append(trusted);
        return this;
    }

    /** Text content, escaped. */
    Html text(Object value) {
        out.append(Encode.forHtmlContent(String.valueOf(value)));
        return this;
    }

    /** An opening tag; {@code attributes} are name, value pairs, values escaped and quoted. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        return attributes(attributes);
    }

    /**
     * {@code <img>} of an embedded picture, then {@code attributes} as {@link #open} writes them.
     * The data URI goes in as it is: it is base64 after a fixed prefix, which no attribute
     * escapes (the encoder's scan of half a megabyte per picture took a third of the page's time).
     */
    Html image(Picture picture, String... attributes) {
        out.append("<img src=\"").append(picture.dataUri()).append('"');
        return attributes(attributes);
    }

    private Html attributes(String... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"")
                        .append(Encode.forHtmlAttribute(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag attributes>text</tag>}. */
    Html element(String tag, Object text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A relative link to a file of the output directory: each path segment URI-encoded. */
    static String href(String relativePath) {
        StringBuilder link = new StringBuilder();
        for (String segment : relativePath.split("/", -1)) {
            if (link.length() > 0) {
                link.append('/');
            }
            link.append(Encode.forUriComponent(segment));
        }
        return link.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
