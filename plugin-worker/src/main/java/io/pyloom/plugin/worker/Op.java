package io.pyloom.plugin.worker;

/** What a worker asks the page to do with one of its objects, synchronously. */
final class Op {

    static final int GET = 1;
    static final int SET = 2;
    static final int HAS = 3;
    static final int DELETE = 4;
    static final int KEYS = 5;
    static final int CALL = 6;
    static final int CALL_METHOD = 7;
    static final int NEW = 8;
    /** Calls a function the page set on the worker's {@code sync}; arguments and result travel as data. */
    static final int SYNC = 9;


    private Op() {
    }
}
