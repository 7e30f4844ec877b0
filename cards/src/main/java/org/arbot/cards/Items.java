package org.arbot.cards;

import java.util.List;

/** A work list whose entries each carry their own actions, shown one page at a time. */
public record Items(String id, List<Item> items, int offset, int pageSize) implements Paged {

    public Items {
        Paged.requirePaging(id, offset, pageSize);
        items = List.copyOf(items);
    }

    public static Items of(String id, List<Item> items) {
        return new Items(id, items, 0, DEFAULT_PAGE_SIZE);
    }

    @Override
    public int total() {
        return items.size();
    }

    @Override
    public Items at(int offset) {
        return new Items(id, items, offset, pageSize);
    }
}
