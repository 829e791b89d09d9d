package com.pipelinehq.ci.runners;

public interface RunnerRepository {

    Runner save(Runner runner);

    record Runner(Long id, String projectId, String hostname, String registrationTokenId) {
    }
}
