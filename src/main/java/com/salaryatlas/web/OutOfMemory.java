package com.salaryatlas.web;

/**
 * After an {@link OutOfMemoryError} nothing in the process can be trusted (a thread that died may have held a lock
 * or been the one writing the estimate log), so it ends at once with a distinct exit code and a supervisor starts a
 * fresh one. {@code -XX:+ExitOnOutOfMemoryError} does the same inside the JVM; this covers the errors our code sees.
 */
public final class OutOfMemory {

    static final int EXIT_CODE = 3;

    private OutOfMemory() {
    }

    /** For threads of ours (the estimate log's writer, the scheduler): one that dies of it ends the process. */
    public static void endProcessWhenAThreadRunsOut() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            haltIfOutOfMemory(error);
            System.err.println("salary-atlas: thread " + thread.getName() + " died: " + error);
            error.printStackTrace();
        });
    }

    /** Javalin's handler for an Error thrown by a route: out of memory ends the process, anything else is a 500. */
    public static void javaLangError(jakarta.servlet.http.HttpServletResponse response, Error error) {
        haltIfOutOfMemory(error);
        response.setStatus(500);
    }

    /** Ends the process when {@code error} is, or was caused by, running out of memory. */
    public static void haltIfOutOfMemory(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                // No logger: it may need memory it cannot get. halt, not exit: shutdown hooks could hang.
                System.err.println("salary-atlas: out of memory; stopping so a supervisor can restart the site");
                Runtime.getRuntime().halt(EXIT_CODE);
            }
        }
    }
}
