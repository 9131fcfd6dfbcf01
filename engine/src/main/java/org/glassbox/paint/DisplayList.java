package org.glassbox.paint;

import java.util.List;

/**
 * The paint phase's artifact: drawing commands in painting order (CSS 2.1 Appendix E), for a
 * canvas of {@code width} × {@code height} CSS pixels.
 */
public record DisplayList(int width, int height, List<DisplayCommand> commands) {

    public DisplayList {
        commands = List.copyOf(commands);
    }

    /** One line for logs, such as {@code 42 commands, canvas 800×600}. */
    public String summary() {
        return commands.size() + " commands, canvas " + width + "×" + height;
    }

    /** Every command, one a line. */
    public String dump() {
        StringBuilder out = new StringBuilder();
        commands.forEach(command -> out.append(command).append('\n'));
        return out.toString();
    }
}
