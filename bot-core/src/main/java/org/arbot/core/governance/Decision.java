package org.arbot.core.governance;

/** What a person does with a proposal from a card or a reply. */
public enum Decision {
    APPROVE,
    DECLINE,
    REASSIGN
}
