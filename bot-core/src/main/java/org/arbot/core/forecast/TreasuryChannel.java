package org.arbot.core.forecast;

import org.arbot.cards.Card;

/** The chat channel treasury reads (Slack or Teams, as configured): forecast alerts are posted there. */
@FunctionalInterface
public interface TreasuryChannel {

    void post(Card card);
}
