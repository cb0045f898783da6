package com.salaryatlas.web;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * How much the server takes on before it says no. Without these a burst queues without end (Jetty's job queue
 * grows as needed) and a client that announces a body and never sends it holds a thread for 30 s.
 */
public final class ServerLimits {

    /** Threads serving requests; every handler here blocks (Thymeleaf, JDBC), so each request in flight holds one. */
    static final int MAX_THREADS = 200;
    /** Requests handled at once; past this they wait (without a thread) for a slot. */
    static final int MAX_ACTIVE_REQUESTS = 150;
    /** Requests waiting for a slot; past this, or after {@link #MAX_WAIT}, the answer is 503 at once. */
    static final int MAX_WAITING_REQUESTS = 500;
    static final Duration MAX_WAIT = Duration.ofSeconds(5);
    /**
     * How long a request's reads and writes may stall: a body announced and not sent fails after this. The
     * connection's idle timeout between keep-alive requests stays Jetty's 30 s, longer than load balancers' own.
     */
    public static final Duration REQUEST_IDLE_TIMEOUT = Duration.ofMillis(2_500);

    private ServerLimits() {
    }

    public static void apply(JavalinConfig javalin) {
        // The job queue stays unbounded, as Jetty asks (a bounded one makes it drop work it has accepted):
        // limitConcurrency is the bound, answering 503 before the queue can grow.
        javalin.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, 8, 60_000);
        ((QueuedThreadPool) javalin.jetty.threadPool).setName("JettyServerThreadPool");
        javalin.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(REQUEST_IDLE_TIMEOUT.toMillis()));
    }

    /** Wraps the server's handler so excess requests wait briefly, then get 503 instead of queueing without end. */
    public static Handler limitConcurrency(Handler handler) {
        QoSHandler qos = new QoSHandler(handler);
        qos.setMaxRequestCount(MAX_ACTIVE_REQUESTS);
        qos.setMaxSuspendedRequestCount(MAX_WAITING_REQUESTS);
        qos.setMaxSuspend(MAX_WAIT);
        qos.setRejectStatusCode(503);
        return qos;
    }
}
