package org.arbot.cards;

import java.util.List;

/** Rows of formatted values under column titles, shown one page at a time. */
public record Table(String id, List<Column> columns, List<List<String>> rows, int offset, int pageSize)
        implements Paged {

    public static final int MAX_COLUMNS = 6;

    public Table {
        Paged.requirePaging(id, offset, pageSize);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        if (columns.isEmpty() || columns.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("a table has 1 to " + MAX_COLUMNS + " columns, not " + columns.size());
        }
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + row + " has " + row.size() + " values for "
                        + columns.size() + " columns");
            }
        }
    }

    public static Table of(String id, List<Column> columns, List<List<String>> rows) {
        return new Table(id, columns, rows, 0, DEFAULT_PAGE_SIZE);
    }

    @Override
    public int total() {
        return rows.size();
    }

    @Override
    public Table at(int offset) {
        return new Table(id, columns, rows, offset, pageSize);
    }
}
