package org.glassbox.layout;

import static org.glassbox.style.Property.BORDER_COLLAPSE;
import static org.glassbox.style.Property.BORDER_SPACING;
import static org.glassbox.style.Property.TABLE_LAYOUT;
import static org.glassbox.style.Property.VERTICAL_ALIGN;
import static org.glassbox.style.Property.WIDTH;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.glassbox.css.CssValue;
import org.glassbox.layout.BlockLayout.Horizontal;
import org.glassbox.layout.BlockLayout.Space;
import org.glassbox.layout.IntrinsicWidths.Widths;
import org.glassbox.render.RenderBlock;
import org.glassbox.render.RenderObject;
import org.glassbox.style.ComputedStyle;

/**
 * A first table layout (CSS 2.1 §17): the table's rows, in their row groups (header first, footer
 * last, §17.2), cut into cells that line up in columns. Each column is as wide as its cells want
 * (the automatic layout of §17.5.2.2: every column gets at least its widest cell's minimum, and
 * what the table has beyond that is shared in proportion to what each wants more); each row is
 * as tall as its tallest cell, and every cell is stretched to its row, its content placed by
 * {@code vertical-align} (§17.5.3). Cells sit {@code border-spacing} apart (§17.6.1).
 *
 * <p>Not yet: {@code colspan} and {@code rowspan}, the fixed layout algorithm, collapsing
 * borders (a collapsed table only loses its spacing), column widths from {@code <col>},
 * captions below the table, and anonymous tables around cells that have none.
 */
final class TableLayout {

    /** A table's rows (and row groups) placed in its content box, and how tall they make it, spacing included. */
    record Grid(List<BlockBox> boxes, double height) {}

    /** One row of the grid, with the row group it belongs to (null if none) and its cells. */
    private record Row(RenderBlock row, RenderBlock group, List<RenderBlock> cells) {}

    private final BlockLayout blocks;
    private final IntrinsicWidths intrinsicWidths;

    TableLayout(BlockLayout blocks, IntrinsicWidths intrinsicWidths) {
        this.blocks = blocks;
        this.intrinsicWidths = intrinsicWidths;
    }

    /**
     * The table's preferred widths: its columns' side by side with the spacing between them, or
     * its captions' if they are wider.
     */
    static Widths intrinsicWidths(RenderBlock table, IntrinsicWidths intrinsicWidths) {
        List<Widths> columns = columns(rows(table), intrinsicWidths);
        double spacing = spacing(table.style())[0] * (columns.size() + 1);
        Widths grid = new Widths(columns.stream().mapToDouble(Widths::minimum).sum() + spacing,
                columns.stream().mapToDouble(Widths::preferred).sum() + spacing);
        return table.children().stream().filter(child -> child.style().display().equals("table-caption"))
                .map(intrinsicWidths::ofMarginBox).reduce(grid, Widths::max);
    }

    /**
     * Lays out a table's grid in its content box of {@code width}, its rows growing to fill
     * {@code height} if they are not as tall; the boxes come back in content-box coordinates.
     */
    Grid layout(RenderBlock table, double width, double height) {
        List<Row> rows = rows(table);
        double[] spacing = spacing(table.style());
        boolean collapse = table.style().keyword(BORDER_COLLAPSE).equals("collapse");
        double[] columnWidths = isFixed(table)
                ? fixedColumns(table, rows, width - spacing[0] * (columnCount(table, rows) + 1))
                : distribute(columns(rows, intrinsicWidths), width - spacing[0] * (columnCount(rows) + 1));
        double rowWidth = width - 2 * spacing[0];
        List<BlockBox> laidRows = new ArrayList<>();
        rows.forEach(row -> laidRows.add(layoutRow(row, columnWidths, spacing[0], rowWidth, collapse, 0)));
        double extra = height - gridHeight(laidRows, spacing[1]);
        if (extra > 0) {
            growRows(rows, laidRows, extra, columnWidths, spacing[0], rowWidth, collapse);
        }
        List<BlockBox> boxes = new ArrayList<>();
        double y = spacing[1];
        for (int start = 0, end; start < rows.size(); start = end) {
            end = endOfGroup(rows, start);
            List<BlockBox> laid = laidRows.subList(start, end);
            RenderBlock group = rows.get(start).group();
            List<BlockBox> placed = group == null ? stack(laid, spacing[1], Edges.ZERO)
                    : List.of(groupBox(group, laid, spacing[1], rowWidth, collapse));
            for (BlockBox box : placed) {
                boxes.add(box.at(spacing[0], y + box.y()));
            }
            BlockBox last = placed.get(placed.size() - 1);
            y += last.y() + last.height() + spacing[1];
        }
        double gridHeight = rows.isEmpty() ? 0 : y;
        boxes.addAll(0, columnBoxes(table, columnWidths, spacing, gridHeight, collapse));
        return new Grid(boxes, gridHeight);
    }

    /** CSS 2.1 §17.5.2.1: the fixed layout needs a table whose width is set. */
    private static boolean isFixed(RenderBlock table) {
        return table.style().keyword(TABLE_LAYOUT).equals("fixed") && !table.style().get(WIDTH).is("auto");
    }

    /**
     * CSS 2.1 §17.5.2.1, the fixed table layout: a column is as wide as its column element says,
     * or else as its cell in the first row says; the columns left share what room remains, and
     * if every column has its width, they grow in proportion to fill the table.
     */
    private static double[] fixedColumns(RenderBlock table, List<Row> rows, double room) {
        List<RenderBlock> columnElements = columnElements(table);
        double[] widths = new double[columnCount(table, rows)];
        int unknown = 0;
        double known = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = fixedWidth(i < columnElements.size() ? columnElements.get(i) : null,
                    rows.isEmpty() || i >= rows.get(0).cells().size() ? null : rows.get(0).cells().get(i));
            unknown += Double.isNaN(widths[i]) ? 1 : 0;
            known += Double.isNaN(widths[i]) ? 0 : widths[i];
        }
        double rest = room - known;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Double.isNaN(widths[i]) ? Math.max(0, rest / unknown)
                    : unknown == 0 && rest > 0 && known > 0 ? widths[i] + rest * widths[i] / known : widths[i];
        }
        return widths;
    }

    /** The width a column element or, failing that, a first-row cell gives its column, border box; NaN if neither does. */
    private static double fixedWidth(RenderBlock column, RenderBlock cell) {
        for (RenderBlock box : Arrays.asList(column, cell)) {
            if (box != null) {
                ComputedStyle style = box.style();
                Sizing sizing = Sizing.of(style, BlockLayout.border(style), BlockLayout.padding(style, 0));
                OptionalDouble width = sizing.width(Double.NaN);
                if (width.isPresent()) {
                    return width.getAsDouble() + (box == cell ? sizing.frameWidth() : 0);
                }
            }
        }
        return Double.NaN;
    }

    /** The table's column elements in order, those inside column groups included (CSS 2.1 §17.2). */
    private static List<RenderBlock> columnElements(RenderBlock table) {
        List<RenderBlock> columns = new ArrayList<>();
        for (RenderObject child : table.children()) {
            if (child.style().display().equals("table-column")) {
                columns.add((RenderBlock) child);
            } else if (child.style().display().equals("table-column-group")) {
                child.children().stream().filter(col -> col.style().display().equals("table-column"))
                        .forEach(col -> columns.add((RenderBlock) col));
            }
        }
        return columns;
    }

    private static int columnCount(RenderBlock table, List<Row> rows) {
        return Math.max(columnCount(rows), columnElements(table).size());
    }

    private static double gridHeight(List<BlockBox> rows, double spacing) {
        return rows.isEmpty() ? 0 : rows.stream().mapToDouble(BlockBox::height).sum() + spacing * (rows.size() + 1);
    }

    /**
     * CSS 2.1 §17.5.3: a table taller than its rows need shares the rest among them, as Chromium
     * does, in proportion to their heights (equally if they have none), and lays them out again.
     */
    private void growRows(List<Row> rows, List<BlockBox> laidRows, double extra, double[] columnWidths, double spacing,
            double rowWidth, boolean collapse) {
        double total = laidRows.stream().mapToDouble(BlockBox::height).sum();
        for (int i = 0; i < rows.size(); i++) {
            double height = laidRows.get(i).height();
            double share = total > 0 ? extra * height / total : extra / rows.size();
            laidRows.set(i, layoutRow(rows.get(i), columnWidths, spacing, rowWidth, collapse, height + share));
        }
    }

    /**
     * The boxes of column groups and columns, which hold no cells but have backgrounds, and when
     * borders collapse, borders (CSS 2.1 §17.5.1). A column covers one column of the grid; a group,
     * as many as it has columns, at least one.
     */
    private static List<BlockBox> columnBoxes(RenderBlock table, double[] columnWidths, double[] spacing, double height,
            boolean collapse) {
        List<BlockBox> boxes = new ArrayList<>();
        int first = 0;
        double x = spacing[0];
        for (RenderObject child : table.children()) {
            String display = child.style().display();
            if (display.startsWith("table-column") && first < columnWidths.length) {
                int span = display.equals("table-column") ? 1 : (int) Math.max(1, child.children().size());
                int last = Math.min(columnWidths.length, first + span);
                double width = spacing[0] * (last - first - 1);
                for (int i = first; i < last; i++) {
                    width += columnWidths[i];
                }
                boxes.add(columnBox((RenderBlock) child, x, width, height, collapse));
                x += width + spacing[0];
                first = last;
            }
        }
        return boxes;
    }

    private static BlockBox columnBox(RenderBlock column, double x, double width, double height, boolean collapse) {
        Edges border = collapse ? BlockLayout.border(column.style()) : Edges.ZERO;
        return new BlockBox(column.element(), column.style(), x, 0, width, Math.max(height, border.vertical()),
                Edges.ZERO, border, Edges.ZERO, List.of(), List.of(), Optional.empty());
    }

    private static int endOfGroup(List<Row> rows, int start) {
        int end = start + 1;
        while (end < rows.size() && rows.get(end).group() == rows.get(start).group()) {
            end++;
        }
        return end;
    }

    /** Boxes one below another, {@code spacing} apart, below a top border. */
    private static List<BlockBox> stack(List<BlockBox> boxes, double spacing, Edges border) {
        List<BlockBox> stacked = new ArrayList<>();
        double y = border.top();
        for (BlockBox box : boxes) {
            stacked.add(box.at(border.left(), y));
            y += box.height() + spacing;
        }
        return stacked;
    }

    /**
     * A row group's box around its rows. When borders collapse (CSS 2.1 §17.6.2) the borders of
     * rows and row groups are drawn; Glassbox gives them room rather than sharing it with the cells'.
     */
    private static BlockBox groupBox(RenderBlock group, List<BlockBox> rows, double spacing, double width, boolean collapse) {
        Edges border = collapse ? BlockLayout.border(group.style()) : Edges.ZERO;
        List<BlockBox> stacked = stack(rows, spacing, border);
        BlockBox last = stacked.get(stacked.size() - 1);
        return new BlockBox(group.element(), group.style(), 0, 0, width, last.y() + last.height() + border.bottom(),
                Edges.ZERO, border, Edges.ZERO, stacked, List.of(), Optional.empty());
    }

    /** The grid's rows, in row groups ordered header, body, footer (CSS 2.1 §17.2). */
    private static List<Row> rows(RenderBlock table) {
        List<Row> rows = new ArrayList<>();
        if (table.hasInlineChildren()) {
            rows.add(new Row(null, null, List.of(anonymousCell(table))));
            return rows;
        }
        List<RenderObject> parts = new ArrayList<>(table.children());
        parts.sort(Comparator.comparingInt(part -> groupOrder(part.style().display())));
        for (RenderObject part : parts) {
            String display = part.style().display();
            if (display.endsWith("-group") && !display.startsWith("table-column") && part instanceof RenderBlock group) {
                group.children().forEach(child -> addRow(rows, child, group));
            } else if (!display.startsWith("table-column") && !display.equals("table-caption")) {
                addRow(rows, part, null);
            }
        }
        return rows;
    }

    private static int groupOrder(String display) {
        return display.equals("table-header-group") ? 0 : display.equals("table-footer-group") ? 2 : 1;
    }

    /**
     * A row goes in as it is; a cell (or any other box) outside a row joins the anonymous row
     * before it, or starts one (CSS 2.1 §17.2.1).
     */
    private static void addRow(List<Row> rows, RenderObject child, RenderBlock group) {
        if (!(child instanceof RenderBlock block)) {
            return;
        }
        if (block.style().display().equals("table-row")) {
            rows.add(new Row(block, group, block.hasInlineChildren() ? List.of(anonymousCell(block))
                    : block.children().stream().filter(RenderBlock.class::isInstance).map(RenderBlock.class::cast).toList()));
        } else if (!rows.isEmpty() && rows.get(rows.size() - 1).row() == null) {
            rows.get(rows.size() - 1).cells().add(block);
        } else {
            rows.add(new Row(null, group, new ArrayList<>(List.of(block))));
        }
    }

    /** CSS 2.1 §17.2.1: inline content directly in a table or a row is wrapped in an anonymous cell. */
    private static RenderBlock anonymousCell(RenderBlock parent) {
        return new RenderBlock(null, parent.style().anonymousBlockStyle(), parent.children());
    }

    private static int columnCount(List<Row> rows) {
        return rows.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
    }

    /** Each column's widths: the largest of its cells' (CSS 2.1 §17.5.2.2, steps 1 and 2). */
    private static List<Widths> columns(List<Row> rows, IntrinsicWidths intrinsicWidths) {
        List<Widths> columns = new ArrayList<>();
        for (Row row : rows) {
            for (int i = 0; i < row.cells().size(); i++) {
                Widths cell = intrinsicWidths.ofCell(row.cells().get(i));
                Widths column = i < columns.size() ? columns.get(i) : Widths.ZERO;
                Widths wider = column.max(cell);
                if (i < columns.size()) {
                    columns.set(i, wider);
                } else {
                    columns.add(wider);
                }
            }
        }
        return columns;
    }

    /**
     * Shares the room among the columns: each gets its minimum and, of what is left, a part in
     * proportion to how much more it wants; room beyond every preference is shared in proportion
     * to the preferences.
     */
    private static double[] distribute(List<Widths> columns, double room) {
        double minimum = columns.stream().mapToDouble(Widths::minimum).sum();
        double preferred = columns.stream().mapToDouble(Widths::preferred).sum();
        double[] widths = new double[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            Widths column = columns.get(i);
            if (room >= preferred) {
                widths[i] = preferred == 0 ? room / widths.length : column.preferred() * room / preferred;
            } else if (preferred > minimum) {
                widths[i] = column.minimum() + (column.preferred() - column.minimum()) * Math.max(0, room - minimum) / (preferred - minimum);
            } else {
                widths[i] = column.minimum();
            }
        }
        return widths;
    }

    /** A row: its cells side by side, each stretched to the height of the tallest (CSS 2.1 §17.5.3). */
    /** @param minimumHeight the height the row's box must at least have, its border included */
    private BlockBox layoutRow(Row row, double[] columnWidths, double spacing, double rowWidth, boolean collapse,
            double minimumHeight) {
        Edges border = collapse && row.row() != null ? BlockLayout.border(row.row().style()) : Edges.ZERO;
        List<BlockBox> cells = new ArrayList<>();
        double x = border.left();
        double height = Math.max(minimumHeight - border.vertical(),
                row.row() == null ? 0 : BlockLayout.specifiedHeight(row.row().style(), Double.NaN).orElse(0));
        for (int i = 0; i < row.cells().size(); i++) {
            BlockBox cell = layoutCell(row.cells().get(i), columnWidths[i]).at(x, border.top());
            cells.add(cell);
            height = Math.max(height, cell.height());
            x += columnWidths[i] + spacing;
        }
        double rowHeight = height;
        cells.replaceAll(cell -> stretch(cell, rowHeight));
        ComputedStyle style = row.row() == null ? row.cells().get(0).style().anonymousBlockStyle() : row.row().style();
        return new BlockBox(row.row() == null ? null : row.row().element(), style, 0, 0, rowWidth,
                rowHeight + border.vertical(), Edges.ZERO, border, Edges.ZERO, cells, List.of(), Optional.empty());
    }

    private BlockBox layoutCell(RenderBlock cell, double width) {
        ComputedStyle style = cell.style();
        double frame = BlockLayout.border(style).horizontal() + BlockLayout.padding(style, width).horizontal();
        Horizontal horizontal = new Horizontal(0, Math.max(0, width - frame), 0);
        return blocks.layoutContent(cell, horizontal, OptionalDouble.empty(), Space.newContext(width, Double.NaN), 0).box();
    }

    /** A cell made as tall as its row, its content moved down as its {@code vertical-align} says. */
    private static BlockBox stretch(BlockBox cell, double rowHeight) {
        double free = rowHeight - cell.height() + cell.height() - cell.border().vertical() - cell.padding().vertical()
                - contentHeight(cell);
        CssValue align = cell.style().get(VERTICAL_ALIGN);
        double shift = align.is("middle") ? free / 2 : align.is("bottom") ? free : 0;
        return cell.stretched(rowHeight, shift);
    }

    /** How far a cell's content reaches down its content box, which may be taller when the cell's height is set. */
    private static double contentHeight(BlockBox cell) {
        double top = cell.border().top() + cell.padding().top();
        double bottom = top;
        for (LineBox line : cell.lines()) {
            bottom = Math.max(bottom, line.y() + line.height());
        }
        for (BlockBox child : cell.children()) {
            bottom = Math.max(bottom, child.y() + child.height() + child.margin().bottom());
        }
        return bottom - top;
    }

    /** CSS 2.1 §17.6.1: the horizontal and vertical spacing between cells; none when borders collapse. */
    private static double[] spacing(ComputedStyle style) {
        if (style.keyword(BORDER_COLLAPSE).equals("collapse")) {
            return new double[] {0, 0};
        }
        List<CssValue> parts = style.get(BORDER_SPACING).components();
        double horizontal = BlockLayout.resolve(parts.get(0), 0);
        return new double[] {horizontal, parts.size() > 1 ? BlockLayout.resolve(parts.get(1), 0) : horizontal};
    }
}
