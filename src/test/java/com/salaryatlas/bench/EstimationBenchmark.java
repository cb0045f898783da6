package com.salaryatlas.bench;

import com.salaryatlas.Fixtures;
import com.salaryatlas.estimate.Estimate;
import com.salaryatlas.estimate.EstimateRequest;
import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.estimate.WhatIf;
import com.salaryatlas.dataset.Level;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Estimates per second on one thread over a mix of real requests against the real dataset.
 * Run with src/test/scripts/benchmark.sh (see the README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EstimationBenchmark {

    private EstimationService estimates;
    private EstimateRequest[] requests;
    private int next;

    @Setup
    public void load() {
        Fixtures.Model m = Fixtures.contentModel();
        estimates = m.estimates();
        requests = new EstimateRequest[] {
            m.request("backend-developer", Level.ENTRY),
            new EstimateRequest(m.role("devops-engineer"), null, 7, m.place("ca"), List.of(), null),
            new EstimateRequest(m.role("backend-developer"), Level.SENIOR, null, m.place("san-jose-ca"),
                    List.of("rust", "aws-solutions-architect"), 180_000).withOrgSize("10-000-or-more-employees"),
            new EstimateRequest(m.role("cloud-engineer"), Level.MID, null, m.place("tx"), List.of("gcp-professional"),
                    null).withArrangement("remote"),
            new EstimateRequest(m.role("data-scientist"), Level.STAFF, null, m.place("remote"), List.of(), 150_000)
                    .withOrgSize("20-to-99-employees").withArrangement("hybrid-some-remote-some-in-person"),
        };
    }

    @Benchmark
    public Estimate estimate() {
        return estimates.estimate(nextRequest());
    }

    /** The calculator's what-ifs as a result page asks for them: one estimate per offered skill and company size. */
    @Benchmark
    public List<WhatIf> whatIfs() {
        return estimates.whatIfs(nextRequest(), 4);
    }

    private EstimateRequest nextRequest() {
        EstimateRequest request = requests[next];
        next = next == requests.length - 1 ? 0 : next + 1;
        return request;
    }
}
