package dev.slsbench.job;

import org.apiguardian.api.API;

import java.util.List;

/** A Processing-job request that cannot be submitted, with every problem found; nothing was created or uploaded. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InvalidJobException extends RuntimeException {

    private final List<String> problems;

    public InvalidJobException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
