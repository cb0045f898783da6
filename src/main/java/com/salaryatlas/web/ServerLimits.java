package com.salaryatlas.web;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * How much the server takes on before it says no. Without these a burst queues without end (Jetty's job queue
 * grows as needed) and a client that announces a body and never sends it holds a thread for 30 s.
 *
 * <p>{@code maxThreads}: threads serving requests; every handler here blocks (Thymeleaf, JDBC), so each request in
 * flight holds one, and a request waiting for a page another is rendering holds one too. {@code maxActive}: requests
 * handled at once; past this they wait (without a thread) for a slot. {@code maxWaiting} and {@code maxWait}: past
 * either, the answer is 503 with {@code Retry-After}. The defaults take 256 keep-alive connections arriving at once
 * on a cold server without refusing any, and refuse only far beyond that.
 */
public record ServerLimits(int maxThreads, int maxActive, int maxWaiting, Duration maxWait) {

    public static final ServerLimits DEFAULT = new ServerLimits(300, 256, 1_000, Duration.ofSeconds(10));
    /** How long a request's reads and writes may stall; the body of a form also has {@link FormBody#DEADLINE}. */
    public static final Duration REQUEST_IDLE_TIMEOUT = Duration.ofMillis(2_500);
    static final String RETRY_AFTER_SECONDS = "5";
    /**
     * Connections the kernel holds before the server accepts them. Jetty's default leaves the JDK's 50, and 256
     * connections opened at once overflow it: the kernel drops the extra SYNs, the clients resend them only after
     * 1 s and 3 s, and a load tester counts those as timeouts (the kernel counted 96–608 such drops a cold-load run).
     * Linux caps the figure at {@code net.core.somaxconn} (4096 on current kernels).
     */
    static final int ACCEPT_QUEUE = 1_024;

    public void apply(JavalinConfig javalin) {
        // The job queue stays unbounded, as Jetty asks (a bounded one makes it drop work it has accepted):
        // limitConcurrency is the bound, answering 503 before the queue can grow.
        QueuedThreadPool pool = new QueuedThreadPool(maxThreads, 8, 60_000);
        pool.setName("JettyServerThreadPool");
        javalin.jetty.threadPool = pool;
        javalin.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(REQUEST_IDLE_TIMEOUT.toMillis()));
        // Javalin adds its own connector only when none is configured; host and port are read when the server
        // starts, so app.start(host, port) still decides them.
        var jetty = javalin.jetty;
        jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(jetty.host);
            connector.setPort(jetty.port);
            connector.setAcceptQueueSize(ACCEPT_QUEUE);
            return connector;
        });
    }

    /** Wraps the server's handler so excess requests wait briefly, then get 503 instead of queueing without end. */
    public Handler limitConcurrency(Handler handler) {
        QoSHandler qos = new QoSHandler(handler);
        qos.setMaxRequestCount(maxActive);
        qos.setMaxSuspendedRequestCount(maxWaiting);
        qos.setMaxSuspend(maxWait);
        qos.setRejectStatusCode(503);
        return new RetryAfterOnOverload(qos);
    }

    /** Jetty's refusal carries no {@code Retry-After}; this adds one to any 503 that passes. */
    private static final class RetryAfterOnOverload extends Handler.Wrapper {
        RetryAfterOnOverload(Handler handler) {
            super(handler);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            return super.handle(request, new Response.Wrapper(request, response) {
                @Override
                public void setStatus(int code) {
                    super.setStatus(code);
                    if (code == 503 && !getHeaders().contains("Retry-After")) {
                        getHeaders().put("Retry-After", RETRY_AFTER_SECONDS);
                    }
                }
            }, callback);
        }
    }
}
