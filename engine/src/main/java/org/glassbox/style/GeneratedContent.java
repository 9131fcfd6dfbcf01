package org.glassbox.style;

/**
 * A box the style sheet adds before or after an element's content: its {@code ::before} or
 * {@code ::after} pseudo-element with a {@code content} to show (CSS 2.1 §12.1).
 *
 * @param text the content: its strings, and {@code attr()}s filled in from the element
 * @param style the pseudo-element's computed style, inherited from the element
 */
public record GeneratedContent(String text, ComputedStyle style) {}
