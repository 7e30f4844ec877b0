package org.arbot.core.cashapp;

/** Whether two strings are one typo apart: one character replaced, or two neighbours swapped. */
final class Edits {

    private Edits() {
    }

    static boolean oneApart(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        int first = -1;
        int diffs = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (++diffs > 2) {
                    return false;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (diffs == 1) {
            return true;
        }
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first);
    }

    /** One character inserted or deleted. */
    static boolean oneInsertApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) != 1) {
            return false;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }
}
