package com.salaryatlas.figures;

import java.util.Map;
import java.util.Optional;

/**
 * Where each state sits on the tile map: a fixed layout (row, column from 1) that keeps neighbours roughly
 * together, as tile-grid maps of the US do; territories on the last row. Layout, not data.
 */
final class TileGrid {

    private static final Map<String, int[]> POSITIONS = Map.ofEntries(
            Map.entry("AK", new int[] {1, 1}), Map.entry("ME", new int[] {1, 12}),
            Map.entry("VT", new int[] {2, 11}), Map.entry("NH", new int[] {2, 12}),
            Map.entry("WA", new int[] {3, 2}), Map.entry("ID", new int[] {3, 3}), Map.entry("MT", new int[] {3, 4}),
            Map.entry("ND", new int[] {3, 5}), Map.entry("MN", new int[] {3, 6}), Map.entry("IL", new int[] {3, 7}),
            Map.entry("WI", new int[] {3, 8}), Map.entry("MI", new int[] {3, 9}), Map.entry("NY", new int[] {3, 10}),
            Map.entry("RI", new int[] {3, 11}), Map.entry("MA", new int[] {3, 12}),
            Map.entry("OR", new int[] {4, 2}), Map.entry("NV", new int[] {4, 3}), Map.entry("WY", new int[] {4, 4}),
            Map.entry("SD", new int[] {4, 5}), Map.entry("IA", new int[] {4, 6}), Map.entry("IN", new int[] {4, 7}),
            Map.entry("OH", new int[] {4, 8}), Map.entry("PA", new int[] {4, 9}), Map.entry("NJ", new int[] {4, 10}),
            Map.entry("CT", new int[] {4, 11}),
            Map.entry("CA", new int[] {5, 2}), Map.entry("UT", new int[] {5, 3}), Map.entry("CO", new int[] {5, 4}),
            Map.entry("NE", new int[] {5, 5}), Map.entry("MO", new int[] {5, 6}), Map.entry("KY", new int[] {5, 7}),
            Map.entry("WV", new int[] {5, 8}), Map.entry("VA", new int[] {5, 9}), Map.entry("MD", new int[] {5, 10}),
            Map.entry("DE", new int[] {5, 11}),
            Map.entry("AZ", new int[] {6, 3}), Map.entry("NM", new int[] {6, 4}), Map.entry("KS", new int[] {6, 5}),
            Map.entry("AR", new int[] {6, 6}), Map.entry("TN", new int[] {6, 7}), Map.entry("NC", new int[] {6, 8}),
            Map.entry("SC", new int[] {6, 9}), Map.entry("DC", new int[] {6, 10}),
            Map.entry("OK", new int[] {7, 5}), Map.entry("LA", new int[] {7, 6}), Map.entry("MS", new int[] {7, 7}),
            Map.entry("AL", new int[] {7, 8}), Map.entry("GA", new int[] {7, 9}),
            Map.entry("HI", new int[] {8, 1}), Map.entry("TX", new int[] {8, 5}), Map.entry("FL", new int[] {8, 10}),
            Map.entry("GU", new int[] {9, 1}), Map.entry("PR", new int[] {9, 11}), Map.entry("VI", new int[] {9, 12}));

    private TileGrid() {
    }

    static Optional<int[]> position(String code) {
        return Optional.ofNullable(POSITIONS.get(code));
    }
}
