package org.arbot.core.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class ExactSubsetsProperties {

    @Property
    void every_subset_found_adds_up_to_the_target_exactly(@ForAll @Size(min = 2, max = 40) List<@LongRange(min = 1, max = 500_000) Long> balances,
            @ForAll @IntRange(min = 0, max = 39) int first, @ForAll @IntRange(min = 0, max = 39) int second) {
        long[] b = balances.stream().mapToLong(Long::longValue).toArray();
        int i = first % b.length;
        int j = second % b.length;
        if (i == j) {
            j = (j + 1) % b.length;
        }
        long target = b[i] + b[j];

        ExactSubsets.Result result = ExactSubsets.find(b, target, 5, 20_000);

        assertThat(result.subsets()).isNotEmpty();
        for (List<Integer> subset : result.subsets()) {
            assertThat(subset.stream().mapToLong(k -> b[k]).sum()).isEqualTo(target);
            assertThat(subset).doesNotHaveDuplicates();
        }
    }
}
