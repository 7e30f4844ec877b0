package org.arbot.cards;

/** One block of a card's body; each channel renderer knows how to draw every kind. */
public sealed interface Element permits Header, Text, Note, Facts, Paged, Image, Input {
}
