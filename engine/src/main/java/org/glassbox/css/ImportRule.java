package org.glassbox.css;

import java.net.URI;

/**
 * An {@code @import} rule (CSS Cascade 4 §2): another stylesheet whose rules count as if they
 * stood where the rule does, that is, before every rule of the importing sheet.
 *
 * @param url the imported sheet's address, resolved against the importing sheet's
 * @param media the media the import is for; {@link MediaList#ALL} if the rule names none
 */
public record ImportRule(URI url, MediaList media) {

    @Override
    public String toString() {
        String mediaText = media.toString();
        return "@import url(" + url + ")" + (mediaText.isEmpty() ? "" : " " + mediaText) + ";";
    }
}
