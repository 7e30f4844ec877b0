package org.arbot.core.conversation;

/**
 * Where conversation state lives between turns; each conversation expires a while after its last update.
 *
 * <p>Updates are compare-and-set on {@link ConversationState#version()}: of two turns that loaded the same version, only
 * one {@link #replace} succeeds and the other reloads and tries again, so no update is lost. Both methods throw
 * {@link StateUnavailableException} when the store cannot be reached.
 */
public interface Conversations {

    /** The stored state, or {@link ConversationState#fresh} (version 0) when there is none or it expired. */
    ConversationState load(ConversationId id);

    /**
     * Stores {@code next} if the stored version is still {@code expected.version()}; the stored version becomes
     * {@code expected.version() + 1} and the expiry starts again.
     *
     * @return whether the update was stored; {@code false} means another turn updated the conversation first
     */
    boolean replace(ConversationState expected, ConversationState next);
}
