package org.glassbox;

/** The phases of loading and drawing a page, in pipeline order. */
public enum Phase {
    NAVIGATE("navigate"),
    FETCH("fetch"),
    SUBRESOURCES("subresources"),
    PARSE_HTML("parse-html"),
    SCRIPT("script"),
    PARSE_CSS("parse-css"),
    STYLE("style"),
    RENDER_TREE("render-tree"),
    LAYOUT("layout"),
    PAINT("paint"),
    RASTER("raster"),
    ENCODE("encode");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** The phase's name as logs and the command line spell it, such as {@code parse-html}. */
    public String label() {
        return label;
    }
}
