package io.scpgen.generator.diff;

/** Which way a value travels: the severity of a change to it depends on who has to cope with it. */
enum Direction {
    /** Sent by the client: what it must send may only become looser. */
    REQUEST,
    /** Received by the client: what it may receive may only become tighter. */
    RESPONSE
}
