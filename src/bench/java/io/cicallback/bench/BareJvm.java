package io.cicallback.bench;

/** An empty program: what a JVM's start costs on this machine, the yardstick of the command line's. */
public final class BareJvm {

    private BareJvm() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        // Nothing: the time is the JVM's own.
    }
}
