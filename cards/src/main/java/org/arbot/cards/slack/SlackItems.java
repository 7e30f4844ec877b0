package org.arbot.cards.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.arbot.cards.Item;
import org.arbot.cards.Items;
import org.arbot.cards.Paged;

/** A work list: per item a section (title and detail) and an actions block, then the list's paging. */
final class SlackItems {

    static final int BLOCKS_PER_ITEM = 2;

    private SlackItems() {
    }

    /** At most {@code room} items (and never more than the page size), then the caption and "Show more". */
    static List<ObjectNode> of(Items list, int room) {
        Paged.Page page = list.page(room);
        var blocks = new ArrayList<ObjectNode>();
        for (Item item : list.items().subList(page.from(), page.to())) {
            blocks.add(SlackBlocks.section("*" + SlackText.escape(item.title(), 300) + "*\n"
                    + SlackText.escape(item.detail(), 2000)));
            if (!item.actions().isEmpty()) {
                blocks.add(SlackActions.block(item.actions()));
            }
        }
        blocks.addAll(SlackBlocks.paging(list, page));
        return blocks;
    }
}
