package com.salaryatlas.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Price levels, indexed: BEA's price parities by area and year, and the CPI-U's May values by year. Read once from
 * content/data/price_parities.csv and cpi_may.csv (written by {@code import-rpp} and {@code import-cpi}).
 */
public final class Prices {

    private final List<PriceParity> parities;
    private final List<Cpi> cpi;
    private final Map<String, Map<Integer, PriceParity>> paritiesByArea = new LinkedHashMap<>();
    private final Map<Integer, Cpi> cpiByYear = new LinkedHashMap<>();

    Prices(List<PriceParity> parities, List<Cpi> cpi) {
        this.parities = List.copyOf(parities);
        this.cpi = List.copyOf(cpi);
        for (PriceParity p : this.parities) {
            paritiesByArea.computeIfAbsent(p.area(), k -> new TreeMap<>()).put(p.year(), p);
        }
        for (Cpi c : this.cpi) {
            cpiByYear.put(c.year(), c);
        }
    }

    /**
     * The area's all-items price parity in that year; empty where BEA publishes none (the territories, a year
     * outside its series). {@code area} is US or a state's code in either case: CA, or the calculator's ca.
     */
    public Optional<PriceParity> rpp(String area, int year) {
        return Optional.ofNullable(paritiesByArea.getOrDefault(area.toUpperCase(Locale.ROOT), Map.of()).get(year));
    }

    /** The CPI-U for May of that year; empty for a year the file does not reach. */
    public Optional<Cpi> cpiMay(int year) {
        return Optional.ofNullable(cpiByYear.get(year));
    }

    /** Every price parity, in file order (by area, then year). */
    public List<PriceParity> parities() {
        return parities;
    }

    /** Every May value, in file order (by year). */
    public List<Cpi> cpi() {
        return cpi;
    }

}
