/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * bench/mips branchy: a small stack-machine bytecode interpreter (switch
 * dispatch: an indirect jump per bytecode, data-dependent conditional
 * branches) running a program that counts the primes below a bound by
 * trial division.
 */
#include "bench.h"

#define BOUND 25000

enum {
    OP_PUSH, OP_LOAD, OP_STORE, OP_ADD, OP_SUB, OP_MOD, OP_MUL, OP_LT,
    OP_JZ, OP_JMP, OP_DUP, OP_DROP, OP_HALT
};

/*
 * vars: 0 = n, 1 = d, 2 = count.
 *   n = 2; count = 0;
 *   outer: if !(n < BOUND) halt
 *     d = 2
 *   inner: if !(d * d < n + 1) -> prime
 *     if (n % d == 0) -> next
 *     d = d + 1; goto inner
 *   prime: count = count + 1
 *   next: n = n + 1; goto outer
 */
static const int32_t program[] = {
    OP_PUSH, 2, OP_STORE, 0, OP_PUSH, 0, OP_STORE, 2,
    /* 8: outer */
    OP_LOAD, 0, OP_PUSH, BOUND, OP_LT, OP_JZ, 63,
    OP_PUSH, 2, OP_STORE, 1,
    /* 19: inner */
    OP_LOAD, 1, OP_DUP, OP_MUL, OP_LOAD, 0, OP_PUSH, 1, OP_ADD, OP_LT,
    OP_JZ, 47,
    OP_LOAD, 0, OP_LOAD, 1, OP_MOD, OP_JZ, 54,
    OP_LOAD, 1, OP_PUSH, 1, OP_ADD, OP_STORE, 1, OP_JMP, 19,
    /* 47: prime */
    OP_LOAD, 2, OP_PUSH, 1, OP_ADD, OP_STORE, 2,
    /* 54: next */
    OP_LOAD, 0, OP_PUSH, 1, OP_ADD, OP_STORE, 0, OP_JMP, 8,
    /* 63: */
    OP_HALT,
};

static int64_t run(const int32_t *code)
{
    int64_t stack[64], vars[4] = { 0 };
    int sp = 0, pc = 0;

    for (;;) {
        switch (code[pc++]) {
        case OP_PUSH:
            stack[sp++] = code[pc++];
            break;
        case OP_LOAD:
            stack[sp++] = vars[code[pc++]];
            break;
        case OP_STORE:
            vars[code[pc++]] = stack[--sp];
            break;
        case OP_ADD:
            sp--;
            stack[sp - 1] += stack[sp];
            break;
        case OP_SUB:
            sp--;
            stack[sp - 1] -= stack[sp];
            break;
        case OP_MUL:
            sp--;
            stack[sp - 1] *= stack[sp];
            break;
        case OP_MOD:
            sp--;
            stack[sp - 1] %= stack[sp];
            break;
        case OP_LT:
            sp--;
            stack[sp - 1] = stack[sp - 1] < stack[sp];
            break;
        case OP_JZ:
            pc = stack[--sp] ? pc + 1 : code[pc];
            break;
        case OP_JMP:
            pc = code[pc];
            break;
        case OP_DUP:
            stack[sp] = stack[sp - 1];
            sp++;
            break;
        case OP_DROP:
            sp--;
            break;
        default:
            return vars[2];
        }
    }
}

int main(void)
{
    int64_t primes = run(program);

    guest_printf("primes below %d: %ld\n", BOUND, primes);
    return bench_report("branchy", primes);
}
