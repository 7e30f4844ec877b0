package org.arbot.app.cashapp;

/** Writes one RFC 4180 CSV row: fields with commas, quotes or line breaks are quoted, quotes doubled. */
final class Csv {

    private Csv() {
    }

    static String row(String... fields) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < fields.length; k++) {
            String f = fields[k] == null ? "" : fields[k];
            if (k > 0) {
                b.append(',');
            }
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(f);
            }
        }
        return b.append('\n').toString();
    }
}
