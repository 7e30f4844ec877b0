package org.arbot.cards;

import java.util.Map;

/**
 * A list element shown one page at a time; a "Show more" action asks the app for the next page of the same list.
 */
public sealed interface Paged extends Element permits Table, Items {

    ActionId SHOW_MORE = ActionId.of("show_more");
    int DEFAULT_PAGE_SIZE = 10;

    /** Names the list, so the app knows which list to continue. */
    String id();

    /** Index of the first row shown on this page. */
    int offset();

    /** How many rows this page shows at most; a renderer may show fewer to stay within a channel's limits. */
    int pageSize();

    /** How many rows the whole list has. */
    int total();

    /** The same list, showing the page that starts at {@code offset}. */
    Paged at(int offset);

    /** The rows this page shows when at most {@code room} fit. */
    default Page page(int room) {
        int from = Math.min(offset(), total());
        int to = Math.min(total(), from + Math.max(0, Math.min(pageSize(), room)));
        return new Page(from, to, total());
    }

    /** The action that asks for the rows after {@code page}. */
    default Action showMore(Page page) {
        return Action.of(SHOW_MORE.value(), "Show more", Map.of("list", id(), "offset", Integer.toString(page.to())));
    }

    static void requirePaging(String id, int offset, int pageSize) {
        if (id == null || !id.matches("[a-z][a-zA-Z0-9_]{0,39}")) {
            throw new IllegalArgumentException("list id '" + id + "' must be a short identifier");
        }
        if (offset < 0 || pageSize < 1) {
            throw new IllegalArgumentException("offset " + offset + " and page size " + pageSize + " are not a page");
        }
    }

    /** The rows {@code [from, to)} of a list of {@code total}. */
    record Page(int from, int to, int total) {

        public boolean hasMore() {
            return to < total;
        }

        /** Whether a caption is worth showing: the page is not the whole list, or the list is empty. */
        public boolean needsCaption() {
            return from > 0 || hasMore() || total == 0;
        }

        /** "Showing 11–20 of 240", or "No items" for an empty list. */
        public String caption() {
            return total == 0 ? "No items" : "Showing " + (from + 1) + "\u2013" + to + " of " + total;
        }
    }
}
