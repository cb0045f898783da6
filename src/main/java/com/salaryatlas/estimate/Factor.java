package com.salaryatlas.estimate;

import java.util.function.Supplier;

/**
 * One line of an estimate's explanation: what the factor is, what it did, how much it moved the
 * middle of the estimate (in dollars and percent), and the source that says so (null for our own rules).
 * The sentences are written only when asked for: most estimates (articles, what-ifs) never print them.
 */
public final class Factor {

    private final String kind;
    private final Supplier<String> label;
    private final Supplier<String> effect;
    private final long change;
    private final double percent;
    private final String source;
    private final boolean applied;

    public Factor(String kind, Supplier<String> label, Supplier<String> effect, long change, double percent,
                  String source, boolean applied) {
        this.kind = kind;
        this.label = label;
        this.effect = effect;
        this.change = change;
        this.percent = percent;
        this.source = source;
        this.applied = applied;
    }

    public String kind() {
        return kind;
    }

    public String label() {
        return label.get();
    }

    public String effect() {
        return effect.get();
    }

    public long change() {
        return change;
    }

    public double percent() {
        return percent;
    }

    public String source() {
        return source;
    }

    public boolean applied() {
        return applied;
    }

    @Override
    public String toString() {
        return label() + ": " + effect();
    }
}
