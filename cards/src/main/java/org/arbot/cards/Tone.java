package org.arbot.cards;

/** How a header colours the card: the state of the thing it is about. */
public enum Tone {
    NEUTRAL, GOOD, WARNING, ATTENTION
}
