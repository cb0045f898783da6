package com.salaryatlas.web;

import java.util.function.Supplier;

/**
 * A value worked out on first use and kept: for what the first page does not need (the open-data listing, the API
 * document), so building it, and loading the libraries it needs, stays off the start.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> make;
    private volatile T value;

    public Lazy(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = make.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
