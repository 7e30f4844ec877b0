package org.arbot.cards.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.arbot.cards.Column;
import org.arbot.cards.Paged;
import org.arbot.cards.Table;

/**
 * A table as one section of lines (first column bold, the others after a middle dot) under a context line of column
 * titles, then its paging: at most four blocks, whatever the rows hold.
 */
final class SlackTables {

    private static final String SEPARATOR = "  \u00B7  ";

    private SlackTables() {
    }

    static List<ObjectNode> of(Table table) {
        Paged.Page page = table.page(table.pageSize());
        var blocks = new ArrayList<ObjectNode>();
        blocks.add(SlackBlocks.context(titles(table.columns())));
        if (page.to() > page.from()) {
            int rows = page.to() - page.from();
            int lineRoom = SlackLimits.SECTION_TEXT / rows - 1;
            int cellRoom = Math.max(8, lineRoom / table.columns().size() - SEPARATOR.length() - 2);
            var text = new StringBuilder();
            for (List<String> row : table.rows().subList(page.from(), page.to())) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(line(row, cellRoom));
            }
            blocks.add(SlackBlocks.section(text.toString()));
        }
        blocks.addAll(SlackBlocks.paging(table, page));
        return blocks;
    }

    private static String titles(List<Column> columns) {
        var titles = new StringBuilder();
        for (Column c : columns) {
            titles.append(titles.isEmpty() ? "" : SEPARATOR).append(SlackText.escape(c.title(), 60));
        }
        return titles.toString();
    }

    private static String line(List<String> row, int cellRoom) {
        var line = new StringBuilder("*").append(SlackText.escape(row.get(0), cellRoom)).append('*');
        for (String cell : row.subList(1, row.size())) {
            line.append(SEPARATOR).append(SlackText.escape(cell, cellRoom));
        }
        return line.toString();
    }
}
