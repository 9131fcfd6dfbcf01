package org.glassbox.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.glassbox.LoadException;
import org.glassbox.css.CssValue;
import org.glassbox.style.ComputedStyle;
import org.glassbox.style.Property;

/**
 * The fonts Glassbox ships and how CSS font families map onto them. The Liberation families are
 * metric-compatible with Times New Roman, Arial and Courier New, the fonts Chromium uses on
 * Linux, so text takes the same room here as there. Faces are loaded the first time a page uses
 * them.
 */
public final class Fonts {

    private static final String SERIF = "LiberationSerif";
    private static final String SANS = "LiberationSans";
    private static final String MONO = "LiberationMono";

    /** CSS 2.1 §15.3: generic families and the common names pages ask for, lower case. */
    private static final Map<String, String> FAMILIES = Map.ofEntries(
            Map.entry("serif", SERIF), Map.entry("times", SERIF), Map.entry("times new roman", SERIF),
            Map.entry("liberation serif", SERIF),
            Map.entry("sans-serif", SANS), Map.entry("arial", SANS), Map.entry("helvetica", SANS),
            Map.entry("liberation sans", SANS),
            Map.entry("monospace", MONO), Map.entry("courier", MONO), Map.entry("courier new", MONO),
            Map.entry("liberation mono", MONO));

    private static final Map<TextAttribute, Object> SHAPING = Map.of(
            TextAttribute.KERNING, TextAttribute.KERNING_ON,
            TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON);

    private final Map<String, Font> faces = new ConcurrentHashMap<>();
    private final Map<String, UsedFont> used = new ConcurrentHashMap<>();
    private final Map<FontRequest, UsedFont> requested = new ConcurrentHashMap<>();
    private volatile StyledFont last;
    /** Fonts registered from files, such as Ahem for the CSS test suite, by lower-case family name. */
    private final Map<String, Font> registered = new HashMap<>();

    /** The bundled Liberation fonts only. */
    public Fonts() {
        this(List.of());
    }

    /**
     * The bundled fonts and the TrueType fonts in {@code files}, each known by its family name.
     *
     * @throws LoadException if a file is not a font Java can read
     */
    public Fonts(List<Path> files) {
        for (Path file : files) {
            Font font = read(file);
            registered.put(font.getFamily(Locale.ROOT).toLowerCase(Locale.ROOT), font);
        }
    }

    /**
     * The font a style asks for: the first family in its list that Glassbox has, else serif (CSS
     * 2.1 §15.3). Its {@code letter-spacing} (§16.4) goes into the font as tracking, so that text
     * is measured and drawn with the same extra room after every character, the last one too, as
     * Chromium adds it.
     */
    public UsedFont fontFor(ComputedStyle style) {
        StyledFont last = this.last;
        if (last != null && last.style() == style) {
            return last.font();
        }
        UsedFont font = requested.computeIfAbsent(FontRequest.of(style), request -> usedFont(style));
        this.last = new StyledFont(style, font);
        return font;
    }

    /**
     * The style asked about last and its font. Layout measures a text word by word, asking each
     * time for the font of the same style, so the answer to the last question is the likeliest
     * answer to the next one.
     */
    private record StyledFont(ComputedStyle style, UsedFont font) {}

    /**
     * The computed values a used font depends on. Layout asks for a text's font each time it
     * measures the text, so the answer is looked up by these values, without working out the face
     * and its name again.
     */
    private record FontRequest(CssValue families, boolean bold, boolean italic, double size, double letterSpacing) {
        static FontRequest of(ComputedStyle style) {
            return new FontRequest(style.get(Property.FONT_FAMILY), style.fontWeight() >= 600, style.italic(),
                    style.fontSize(), style.px(Property.LETTER_SPACING));
        }
    }

    private UsedFont usedFont(ComputedStyle style) {
        String face = faceName(style.fontFamilies(), style.fontWeight() >= 600, style.italic());
        float size = (float) style.fontSize();
        double tracking = size == 0 ? 0 : style.px(Property.LETTER_SPACING) / size;
        return used.computeIfAbsent(face + "@" + size + "+" + tracking, key -> new UsedFont(face(face).deriveFont(size)
                .deriveFont(tracking == 0 ? SHAPING : withTracking(tracking))));
    }

    private static Map<TextAttribute, Object> withTracking(double tracking) {
        Map<TextAttribute, Object> attributes = new HashMap<>(SHAPING);
        attributes.put(TextAttribute.TRACKING, tracking);
        return attributes;
    }

    /** A registered family's name as it is, or a Liberation face's name, such as {@code LiberationSans-Bold}. */
    private String faceName(List<String> families, boolean bold, boolean italic) {
        for (String name : families) {
            String family = name.toLowerCase(Locale.ROOT);
            if (registered.containsKey(family)) {
                return family;
            }
            if (FAMILIES.containsKey(family)) {
                return faceName(FAMILIES.get(family), bold, italic);
            }
        }
        return faceName(SERIF, bold, italic);
    }

    private static Font read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new LoadException("cannot read font " + file + ": " + e.getMessage(), e);
        }
    }

    /** Liberation has four faces a family: weights from 600 up are bold (CSS 2.1 §15.6). */
    private static String faceName(String family, boolean bold, boolean italic) {
        String style = bold ? (italic ? "BoldItalic" : "Bold") : (italic ? "Italic" : "Regular");
        return family + "-" + style;
    }

    private Font face(String name) {
        return registered.containsKey(name) ? registered.get(name) : faces.computeIfAbsent(name, Fonts::load);
    }

    private static Font load(String name) {
        String resource = "/liberation/" + name + ".ttf";
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("cannot read font " + resource, e);
        }
    }
}
