package io.pyloom.kernel;

/** Runs an action once a number of parallel tasks have finished (at once when there are none). */
final class Countdown {

    private int remaining;
    private final Runnable action;

    Countdown(int count, Runnable action) {
        this.remaining = count;
        this.action = action;
        if (count == 0) {
            action.run();
        }
    }

    void countDown() {
        if (--remaining == 0) {
            action.run();
        }
    }
}
