/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Run-time support of the guest test programs: console output and exit
 * through the HTIF (the tohost/fromhost mailboxes, as the spike machine
 * defines them), a small printf, the failure report of the test macros,
 * and the C halves of the M- and S-mode trap handlers of crt.S.
 */
#include <stdarg.h>
#include "test.h"

extern volatile uint64_t tohost;
extern volatile uint64_t fromhost;

_Static_assert(__builtin_offsetof(TrapRecord, cause) == TRAPREC_CAUSE,
               "TRAPREC_CAUSE");
_Static_assert(__builtin_offsetof(TrapRecord, resume) == TRAPREC_RESUME,
               "TRAPREC_RESUME");

volatile TrapRecord mtrap_rec[GUEST_MAX_HARTS];
volatile TrapRecord strap_rec[GUEST_MAX_HARTS];
GuestIrqHandler *volatile guest_irq_handler;
GuestIrqHandler *volatile guest_sirq_handler;

static uint8_t strap_stacks[GUEST_MAX_HARTS][GUEST_TRAP_STACK]
    __attribute__((aligned(16)));
static volatile uint32_t console_lock;

#define HTIF_CONSOLE_PUTC   ((1ull << 56) | (1ull << 48))

static void lock_console(void)
{
    while (__atomic_exchange_n(&console_lock, 1, __ATOMIC_ACQUIRE)) {
        while (console_lock) {
            /* spin on a plain load until the holder releases it */
        }
    }
}

static void unlock_console(void)
{
    __atomic_store_n(&console_lock, 0, __ATOMIC_RELEASE);
}

static void htif_putchar(int c)
{
    tohost = HTIF_CONSOLE_PUTC | (uint8_t)c;
    while (fromhost == 0) {
        /* the host acknowledges each byte */
    }
    fromhost = 0;
}

void guest_exit(int code)
{
    for (;;) {
        tohost = ((uint64_t)code << 1) | 1;
    }
}

static void put_str(const char *s)
{
    while (*s) {
        htif_putchar(*s++);
    }
}

static void put_unsigned(uint64_t v, unsigned int base, int width)
{
    char buf[24];
    int i = 0;

    do {
        buf[i++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v);
    while (i < width) {
        buf[i++] = '0';
    }
    while (i) {
        htif_putchar(buf[--i]);
    }
}

static void put_signed(int64_t v)
{
    if (v < 0) {
        htif_putchar('-');
        put_unsigned(-(uint64_t)v, 10, 0);
    } else {
        put_unsigned(v, 10, 0);
    }
}

void guest_putchar(int c)
{
    lock_console();
    htif_putchar(c);
    unlock_console();
}

void guest_puts(const char *s)
{
    lock_console();
    put_str(s);
    unlock_console();
}

void guest_put_hex(uint64_t v)
{
    guest_printf("0x%016lx", v);
}

void guest_put_dec(int64_t v)
{
    guest_printf("%ld", v);
}

/*
 * A small printf: %s %c %d %u %x (each optionally with l, all 64 bits
 * wide as our longs), a 0-padded width for %x, and %%.
 */
static void put_format(const char *fmt, va_list ap)
{
    int width;

    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            htif_putchar(*fmt);
            continue;
        }
        width = 0;
        for (fmt++; *fmt >= '0' && *fmt <= '9'; fmt++) {
            width = width * 10 + (*fmt - '0');
        }
        while (*fmt == 'l') {
            fmt++;
        }
        switch (*fmt) {
        case 's':
            put_str(va_arg(ap, const char *));
            break;
        case 'c':
            htif_putchar(va_arg(ap, int));
            break;
        case 'd':
            put_signed(va_arg(ap, int64_t));
            break;
        case 'u':
            put_unsigned(va_arg(ap, uint64_t), 10, width);
            break;
        case 'x':
            put_unsigned(va_arg(ap, uint64_t), 16, width);
            break;
        case '\0':
            return;
        default:
            htif_putchar(*fmt);
            break;
        }
    }
}

void guest_printf(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    lock_console();
    put_format(fmt, ap);
    unlock_console();
    va_end(ap);
}

void test_fail(uint64_t num, uint64_t got, uint64_t expect)
{
    guest_printf("FAIL: test %lu: got 0x%lx, expected 0x%lx\n",
                 num, got, expect);
    guest_exit(1);
}

void strap_install(void)
{
    unsigned int hart = guest_hartid();

    csr_write(stvec, (uint64_t)strap_entry);
    csr_write(sscratch, (uint64_t)&strap_stacks[hart][GUEST_TRAP_STACK]);
}

static void unexpected_trap(const char *mode, uint64_t cause, uint64_t epc,
                            uint64_t tval, uint64_t prev)
{
    guest_printf("FAIL: unexpected trap into %s-mode: cause 0x%lx epc 0x%lx "
                 "tval 0x%lx from mode %lu\n", mode, cause, epc, tval, prev);
    guest_exit(3);
}

/*
 * Record the trap, then: interrupts go to the test's handler; an ecall
 * (or a 4-byte ebreak) with a7 = GUEST_ECALL_TO_M returns to M-mode after
 * it; any other
 * exception resumes at the address the test armed, or fails the test.
 */
void mtrap_dispatch(TrapFrame *f, int64_t vector)
{
    volatile TrapRecord *r = &mtrap_rec[guest_hartid()];
    uint64_t cause = csr_read(mcause);
    uint64_t status = csr_read(mstatus);
    uint64_t prev = (status & MSTATUS_MPP) >> 11;

    r->cause = cause;
    r->tval = csr_read(mtval);
    r->epc = csr_read(mepc);
    r->prev_priv = prev;
    r->status = status;
    r->vector = vector;
    r->count++;
    if (cause & CAUSE_INTERRUPT) {
        if (guest_irq_handler && guest_irq_handler(cause, guest_hartid())) {
            return;
        }
    } else if ((cause == CAUSE_USER_ECALL || cause == CAUSE_SUPERVISOR_ECALL ||
                cause == CAUSE_MACHINE_ECALL || cause == CAUSE_BREAKPOINT) &&
               f->x[17] == GUEST_ECALL_TO_M) {
        csr_set(mstatus, MSTATUS_MPP_M);
        csr_write(mepc, r->epc + 4);
        return;
    } else if (r->resume) {
        csr_write(mepc, r->resume);
        r->resume = 0;
        if (prev == 3) {            /* resumed in M-mode */
            /*
             * mret leaves MPP at U: with MPRV still set, the resumed
             * M-mode code's loads and stores would be translated as U's
             * (QEMU 7.2 hid this behind a stale TLB entry).
             */
            csr_clear(mstatus, MSTATUS_MPRV);
        }
        return;
    }
    unexpected_trap("M", cause, r->epc, r->tval, prev);
}

void strap_dispatch(TrapFrame *f, int64_t vector)
{
    volatile TrapRecord *r = &strap_rec[guest_hartid()];
    uint64_t cause = csr_read(scause);

    r->cause = cause;
    r->tval = csr_read(stval);
    r->epc = csr_read(sepc);
    r->status = csr_read(sstatus);
    r->prev_priv = (r->status & MSTATUS_SPP) ? 1 : 0;
    r->vector = vector;
    r->count++;
    if (cause & CAUSE_INTERRUPT) {
        if (guest_sirq_handler &&
            guest_sirq_handler(cause, guest_hartid())) {
            return;
        }
    } else if (r->resume) {
        csr_write(sepc, r->resume);
        r->resume = 0;
        return;
    }
    unexpected_trap("S", cause, r->epc, r->tval, r->prev_priv);
}
