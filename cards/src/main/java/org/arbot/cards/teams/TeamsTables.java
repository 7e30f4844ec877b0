package org.arbot.cards.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.arbot.cards.Column;
import org.arbot.cards.Paged;
import org.arbot.cards.Table;

/** A card table as an Adaptive Card {@code Table} (schema 1.5) with a bold title row, then its paging. */
final class TeamsTables {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TeamsTables() {
    }

    static List<ObjectNode> of(Table table, Fit fit) {
        Paged.Page page = table.page(fit.rows());
        ObjectNode node = JSON.objectNode().put("type", "Table").put("showGridLines", true);
        ArrayNode columns = node.putArray("columns");
        var titles = new ArrayList<ObjectNode>();
        for (Column c : table.columns()) {
            ObjectNode column = columns.addObject().put("width", 1);
            if (c.numeric()) {
                column.put("horizontalCellContentAlignment", "Right");
            }
            titles.add(TeamsText.bold(c.title(), fit.cell()));
        }
        ArrayNode rows = node.putArray("rows");
        rows.add(row(titles).put("style", "emphasis"));
        for (List<String> values : table.rows().subList(page.from(), page.to())) {
            rows.add(row(values.stream().map(v -> TeamsText.run(v, fit.cell())).toList()));
        }
        var elements = new ArrayList<ObjectNode>();
        elements.add(node);
        elements.addAll(TeamsElements.paging(table, page));
        return elements;
    }

    static ObjectNode row(List<ObjectNode> runs) {
        ObjectNode row = JSON.objectNode().put("type", "TableRow");
        ArrayNode cells = row.putArray("cells");
        for (ObjectNode run : runs) {
            cells.addObject().put("type", "TableCell").putArray("items").add(TeamsText.block(run));
        }
        return row;
    }
}
