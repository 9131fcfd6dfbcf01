package org.glassbox.css;

import com.steadystate.css.dom.CSSValueImpl;
import com.steadystate.css.dom.MediaListImpl;
import com.steadystate.css.dom.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glassbox.css.CssValue.Keyword;

/**
 * Turns the media lists cssparser reads — of {@code @media}, {@code @import} and {@code media}
 * attributes — into Glassbox's {@link MediaList}s, so no later phase depends on the parser's types.
 */
final class MediaListReader {

    private MediaListReader() {}

    /** Converts the media list of an {@code @media} or {@code @import} rule, or of a parsed {@code media} attribute. */
    static MediaList read(org.w3c.dom.stylesheets.MediaList media) {
        MediaListImpl list = (MediaListImpl) media;
        List<MediaQuery> queries = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            queries.add(query(list.mediaQuery(i)));
        }
        return new MediaList(queries);
    }

    private static MediaQuery query(com.steadystate.css.parser.media.MediaQuery query) {
        List<MediaQuery.Feature> features = query.getProperties().stream()
                .map(property -> new MediaQuery.Feature(property.getName().toLowerCase(Locale.ROOT), value(property)))
                .toList();
        return new MediaQuery(query.isNot(), query.getMedia().toLowerCase(Locale.ROOT), features);
    }

    /** A value Glassbox cannot represent, such as a ratio, is kept as its text: no feature Glassbox knows accepts it. */
    private static CssValue value(Property property) {
        if (property.getValue() == null) {
            return null;
        }
        try {
            return ValueReader.read((CSSValueImpl) property.getValue());
        } catch (IllegalArgumentException e) {
            return new Keyword(property.getValue().getCssText());
        }
    }
}
