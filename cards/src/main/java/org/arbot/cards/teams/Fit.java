package org.arbot.cards.teams;

import java.util.List;

/**
 * How much of a card's long content one rendering shows: rows per list page, choices per select and characters per
 * paragraph. The renderer tries each in turn until the card fits Teams' message size.
 */
record Fit(int rows, int choices, int paragraph) {

    static final List<Fit> IN_ORDER = List.of(new Fit(Integer.MAX_VALUE, 100, 2000), new Fit(5, 50, 1000),
            new Fit(2, 25, 500), new Fit(0, 10, 300));
}
