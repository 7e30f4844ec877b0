package org.arbot.cards;

/** The emphasis of a button: the proposed decision is {@code PRIMARY}, an irreversible one {@code DANGER}. */
public enum ActionStyle {
    DEFAULT, PRIMARY, DANGER
}
