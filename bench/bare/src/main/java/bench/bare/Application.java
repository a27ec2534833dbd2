package bench.bare;

import io.micronaut.runtime.Micronaut;

/** The bare app: Micronaut and its Netty server, nothing else. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
