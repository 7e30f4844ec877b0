package org.arbot.cards.teams;

import java.util.List;

/**
 * How much of a card's long content one rendering shows: rows per list page, choices per select, characters per
 * paragraph and per cell, and facts per group. The renderer tries each in turn until the card fits Teams' message size.
 */
record Fit(int rows, int choices, int paragraph, int cell, int facts) {

    static final List<Fit> IN_ORDER = List.of(new Fit(Integer.MAX_VALUE, 100, 2000, 300, Integer.MAX_VALUE),
            new Fit(5, 50, 1000, 150, 20), new Fit(2, 25, 500, 80, 10), new Fit(0, 10, 300, 40, 5));
}
