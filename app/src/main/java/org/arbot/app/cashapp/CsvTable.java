package org.arbot.app.cashapp;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads an RFC 4180 CSV file with a header row, UTF-8, one {@link Row} at a time with the line it starts on, so a
 * bad row can be reported by line number and skipped.
 */
final class CsvTable {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    /** One data row: cells by header name; a required cell that is missing or blank is a {@link BadRow}. */
    record Row(String file, long line, String[] cells, Map<String, Integer> header) {

        String required(String column) {
            String value = cell(column);
            if (value == null) {
                throw new BadRow("missing value in column " + column);
            }
            return value;
        }

        Optional<String> optional(String column) {
            return Optional.ofNullable(cell(column));
        }

        /** The cell trimmed, or null when it is absent or blank. */
        private String cell(String column) {
            Integer i = header.get(column);
            if (i == null || i >= cells.length || cells[i] == null || cells[i].isBlank()) {
                return null;
            }
            return cells[i].trim();
        }

        /** The raw cell, blank when absent. */
        String text(String column) {
            Integer i = header.get(column);
            return i == null || i >= cells.length || cells[i] == null ? "" : cells[i];
        }
    }

    /** A row that cannot be used, with the reason. */
    static final class BadRow extends RuntimeException {
        BadRow(String message) {
            super(message);
        }
    }

    private CsvTable() {
    }

    /** Every data row of {@code path}, in order (see {@link #read(Path, List, Consumer)}). */
    static List<Row> rows(Path path, List<String> required) {
        List<Row> rows = new ArrayList<>();
        read(path, required, rows::add);
        return rows;
    }

    /**
     * Calls {@code each} for every data row of {@code path}; the header must name every column in {@code required}.
     *
     * @throws IllegalArgumentException when the file has no header or lacks a required column
     */
    static void read(Path path, List<String> required, Consumer<Row> each) {
        String file = path.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).readValues(reader)) {
            if (!rows.hasNext()) {
                throw new IllegalArgumentException(file + ": empty file, expected a header row");
            }
            String[] names = rows.next();
            Map<String, Integer> header = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                header.put(names[i].trim().toLowerCase(java.util.Locale.ROOT).replace("\uFEFF", ""), i);
            }
            for (String column : required) {
                if (!header.containsKey(column)) {
                    throw new IllegalArgumentException(file + ": header lacks column " + column);
                }
            }
            while (true) {
                long line = rows.getCurrentLocation().getLineNr();
                if (!rows.hasNext()) {
                    break;
                }
                String[] cells = rows.next();
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                each.accept(new Row(file, line, cells, header));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
