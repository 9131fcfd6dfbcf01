package org.glassbox;

import java.net.URI;
import org.glassbox.css.Cssom;
import org.glassbox.layout.LayoutTree;
import org.glassbox.net.Response;
import org.glassbox.paint.DisplayList;
import org.glassbox.render.RenderTree;
import org.glassbox.style.StyledTree;
import org.jsoup.nodes.Document;

/**
 * A loaded page: the artifact of every phase, from the URL to the display list. Each one can
 * print itself ({@code dump()}), which is what {@code glassbox dump PHASE} shows.
 */
public record Page(Response response, Document dom, Cssom cssom, StyledTree styles, RenderTree renderTree,
        LayoutTree layout, DisplayList displayList) {

    /** Where the page came from: the address's URL, or where its redirects led. */
    public URI url() {
        return response.url();
    }
}
