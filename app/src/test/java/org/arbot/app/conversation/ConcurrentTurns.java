package org.arbot.app.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.arbot.core.conversation.ConversationId;
import org.arbot.core.conversation.ConversationState;
import org.arbot.core.conversation.Conversations;
import org.arbot.core.conversation.TurnId;

/** Several writers remembering distinct turns in one conversation at once, each retrying when it loses the race. */
final class ConcurrentTurns {

    private ConcurrentTurns() {
    }

    /** Runs {@code writers} threads that each record {@code turnsEach} turns; returns how many compare-and-sets lost. */
    static int record(Conversations conversations, ConversationId id, int writers, int turnsEach) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Integer>> jobs = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                jobs.add(() -> {
                    int conflicts = 0;
                    for (int t = 0; t < turnsEach; t++) {
                        TurnId turn = TurnId.of("w" + writer + "-t" + t);
                        while (true) {
                            ConversationState state = conversations.load(id);
                            if (conversations.replace(state, state.seen(turn))) {
                                break;
                            }
                            conflicts++;
                        }
                    }
                    return conflicts;
                });
            }
            int conflicts = 0;
            for (Future<Integer> done : pool.invokeAll(jobs)) {
                conflicts += done.get();
            }
            return conflicts;
        } finally {
            pool.shutdownNow();
        }
    }
}
