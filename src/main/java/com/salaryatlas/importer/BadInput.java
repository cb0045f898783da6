package com.salaryatlas.importer;

/** An input file the importer cannot use; the message starts with where the problem is. */
final class BadInput extends RuntimeException {

    BadInput(String where, String problem) {
        super(where + ": " + problem);
    }
}
