package org.arbot.cards.slack;

/** The Block Kit limits this renderer keeps (see the shared BLOCK-KIT-LIMITS.md for the sources). */
final class SlackLimits {

    static final int BLOCKS_PER_MESSAGE = 50;
    static final int SECTION_TEXT = 3000;
    static final int SECTION_FIELDS = 10;
    static final int FIELD_TEXT = 2000;
    static final int HEADER_TEXT = 150;
    static final int BUTTON_TEXT = 75;
    static final int BUTTON_VALUE = 2000;
    static final int OPTION_TEXT = 75;
    static final int PLACEHOLDER = 150;
    static final int INPUT_LABEL = 2000;
    static final int ALT_TEXT = 2000;
    static final int CONFIRM_TITLE = 100;
    static final int CONFIRM_TEXT = 300;
    static final int CONFIRM_BUTTON = 30;
    /** Well under the 40,000 at which Slack truncates; a notification shows far less anyway. */
    static final int MESSAGE_TEXT = 3000;
    /** Context blocks take at most 10 elements; we use one, and keep it short. */
    static final int CONTEXT_TEXT = 2000;

    private SlackLimits() {
    }
}
