package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** After an OutOfMemoryError the process ends (exit code 3) so a supervisor restarts it, rather than hang half-alive. */
class OutOfMemoryTest {

    private static Process probe(String... args) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String[] command = new String[args.length + 4];
        command[0] = java;
        command[1] = "-cp";
        command[2] = System.getProperty("java.class.path");
        command[3] = OutOfMemoryProbe.class.getName();
        System.arraycopy(args, 0, command, 4, args.length);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void a_thread_that_runs_out_of_memory_ends_the_process_with_exit_code_3() throws Exception {
        Process process = probe("thread");
        assertTrue(process.waitFor(15, TimeUnit.SECONDS), "the process ended");
        assertEquals(OutOfMemory.EXIT_CODE, process.exitValue());
    }

    @Test
    void a_route_that_runs_out_of_memory_ends_the_process_with_exit_code_3() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process process = probe("route", String.valueOf(port));
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 100 && process.isAlive(); i++) {
            try {
                client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oom")).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException notYetListeningOrGone) {
                Thread.sleep(100);
            }
        }
        assertTrue(process.waitFor(15, TimeUnit.SECONDS), "the process ended");
        assertEquals(OutOfMemory.EXIT_CODE, process.exitValue());
    }
}
