package dev.slsbench.payload;

import java.util.Arrays;
import java.util.Optional;

/**
 * The opcodes of Python's pickle protocols 0 to 5 (names as in CPython's {@code pickletools}),
 * each marked whether it only builds a plain value (None, bool, number, str, bytes, tuple, list,
 * dict) or drives the memo, framing and stack those need. The others can look up globals, call
 * them or build objects, and are refused by {@link PickledPayloadReader}.
 */
enum PickleOpcode {
    MARK('(', true), STOP('.', true), POP('0', true), POP_MARK('1', true), DUP('2', true),
    FLOAT('F', true), INT('I', true), BININT('J', true), BININT1('K', true), LONG('L', true), BININT2('M', true),
    NONE('N', true), PERSID('P', false), BINPERSID('Q', false), REDUCE('R', false), STRING('S', true),
    BINSTRING('T', true), SHORT_BINSTRING('U', true), UNICODE('V', true), BINUNICODE('X', true),
    APPEND('a', true), BUILD('b', false), GLOBAL('c', false), DICT('d', true), EMPTY_DICT('}', true),
    APPENDS('e', true), GET('g', true), BINGET('h', true), INST('i', false), LONG_BINGET('j', true),
    LIST('l', true), EMPTY_LIST(']', true), OBJ('o', false), PUT('p', true), BINPUT('q', true),
    LONG_BINPUT('r', true), SETITEM('s', true), TUPLE('t', true), EMPTY_TUPLE(')', true), SETITEMS('u', true),
    BINFLOAT('G', true), BINBYTES('B', true), SHORT_BINBYTES('C', true),
    PROTO(0x80, true), NEWOBJ(0x81, false), EXT1(0x82, false), EXT2(0x83, false), EXT4(0x84, false),
    TUPLE1(0x85, true), TUPLE2(0x86, true), TUPLE3(0x87, true), NEWTRUE(0x88, true), NEWFALSE(0x89, true),
    LONG1(0x8a, true), LONG4(0x8b, true), SHORT_BINUNICODE(0x8c, true), BINUNICODE8(0x8d, true),
    BINBYTES8(0x8e, true), EMPTY_SET(0x8f, false), ADDITEMS(0x90, false), FROZENSET(0x91, false),
    NEWOBJ_EX(0x92, false), STACK_GLOBAL(0x93, false), MEMOIZE(0x94, true), FRAME(0x95, true),
    BYTEARRAY8(0x96, false), NEXT_BUFFER(0x97, false), READONLY_BUFFER(0x98, false);

    private final int code;
    private final boolean plainValue;

    PickleOpcode(int code, boolean plainValue) {
        this.code = code;
        this.plainValue = plainValue;
    }

    /** The opcode with this byte value when it builds plain values only. */
    static Optional<PickleOpcode> plainValueOpcode(int code) {
        return named(code).filter(opcode -> opcode.plainValue);
    }

    /** {@code GLOBAL ('c', 0x63)}, or {@code unknown (0xNN)}. */
    static String describe(int code) {
        String hex = String.format("0x%02x", code & 0xff);
        return named(code).map(opcode -> opcode.name() + " (" + (opcode.code < 0x80 ? "'" + (char) opcode.code + "', " : "")
                + hex + ")").orElse("unknown (" + hex + ")");
    }

    private static Optional<PickleOpcode> named(int code) {
        return Arrays.stream(values()).filter(opcode -> opcode.code == (code & 0xff)).findFirst();
    }
}
