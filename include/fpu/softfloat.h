/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * softfloat.h: IEEE 754 binary32 and binary64 arithmetic in software
 * (fpu/softfloat.c, fpu/softfloat-convert.c), written for qlite.
 *
 * Values travel as their bit patterns (float32 is a uint32_t, float64 a
 * uint64_t).  Every operation rounds once, in the mode named by its
 * float_status, handles subnormals, and ORs the IEEE exception flags it
 * raises into status->flags.  Underflow is signalled when the result is
 * tiny after rounding and inexact, as RISC-V specifies.  Every NaN result
 * is the default (canonical) NaN: 0x7fc00000 and 0x7ff8000000000000.
 *
 * add, sub, mul, div, sqrt and muladd take a host-FPU shortcut in
 * round-to-nearest when inexact is already accrued and the operands and
 * the result are normal (muladd only where the CPU has FMA3); this relies
 * on the host FPU being in its default state (round to nearest, no
 * flush-to-zero), as it is in qlite.
 */
#ifndef FPU_SOFTFLOAT_H
#define FPU_SOFTFLOAT_H

#include <stdbool.h>
#include <stdint.h>

typedef uint32_t float32;
typedef uint64_t float64;

typedef enum FloatRoundMode {
    float_round_nearest_even = 0,
    float_round_to_zero = 1,
    float_round_down = 2,
    float_round_up = 3,
    float_round_ties_away = 4,      /* nearest, ties to max magnitude */
} FloatRoundMode;

/* Exception flags; the bit values are RISC-V's fflags layout. */
enum {
    float_flag_inexact = 0x01,
    float_flag_underflow = 0x02,
    float_flag_overflow = 0x04,
    float_flag_divbyzero = 0x08,
    float_flag_invalid = 0x10,
};

typedef struct float_status {
    uint8_t rounding_mode;      /* FloatRoundMode */
    uint8_t flags;              /* accrued float_flag_* bits */
} float_status;

#define float32_default_nan 0x7fc00000u
#define float64_default_nan 0x7ff8000000000000ull

/* fclass result bits (RISC-V order) */
enum {
    float_class_neg_inf = 1 << 0,
    float_class_neg_normal = 1 << 1,
    float_class_neg_subnormal = 1 << 2,
    float_class_neg_zero = 1 << 3,
    float_class_pos_zero = 1 << 4,
    float_class_pos_subnormal = 1 << 5,
    float_class_pos_normal = 1 << 6,
    float_class_pos_inf = 1 << 7,
    float_class_snan = 1 << 8,
    float_class_qnan = 1 << 9,
};

/* Arithmetic, rounded once. */
float32 float32_add(float32 a, float32 b, float_status *s);
float32 float32_sub(float32 a, float32 b, float_status *s);
float32 float32_mul(float32 a, float32 b, float_status *s);
float32 float32_div(float32 a, float32 b, float_status *s);
float32 float32_sqrt(float32 a, float_status *s);
/* a * b + c with a single rounding; invalid for inf * 0 even if c is NaN */
float32 float32_muladd(float32 a, float32 b, float32 c, float_status *s);
float64 float64_add(float64 a, float64 b, float_status *s);
float64 float64_sub(float64 a, float64 b, float_status *s);
float64 float64_mul(float64 a, float64 b, float_status *s);
float64 float64_div(float64 a, float64 b, float_status *s);
float64 float64_sqrt(float64 a, float_status *s);
float64 float64_muladd(float64 a, float64 b, float64 c, float_status *s);

/*
 * Comparisons.  _eq_quiet raises invalid only for a signalling NaN;
 * _lt and _le raise it for any NaN.  Unordered operands compare false.
 */
bool float32_eq_quiet(float32 a, float32 b, float_status *s);
bool float32_lt(float32 a, float32 b, float_status *s);
bool float32_le(float32 a, float32 b, float_status *s);
bool float64_eq_quiet(float64 a, float64 b, float_status *s);
bool float64_lt(float64 a, float64 b, float_status *s);
bool float64_le(float64 a, float64 b, float_status *s);

/*
 * IEEE 754-2019 minimumNumber / maximumNumber: -0 < +0, a single NaN
 * operand yields the other operand, two NaNs the default NaN; a
 * signalling NaN raises invalid.
 */
float32 float32_minimum_number(float32 a, float32 b, float_status *s);
float32 float32_maximum_number(float32 a, float32 b, float_status *s);
float64 float64_minimum_number(float64 a, float64 b, float_status *s);
float64 float64_maximum_number(float64 a, float64 b, float_status *s);

/* One float_class_* bit; raises nothing. */
unsigned float32_classify(float32 a);
unsigned float64_classify(float64 a);

/*
 * To integer, rounded in the status mode.  A NaN gives the maximum, an
 * out-of-range value saturates to the nearest bound; both raise invalid
 * only.  Otherwise inexact when the value was not an integer.
 */
int32_t float32_to_int32(float32 a, float_status *s);
uint32_t float32_to_uint32(float32 a, float_status *s);
int64_t float32_to_int64(float32 a, float_status *s);
uint64_t float32_to_uint64(float32 a, float_status *s);
int32_t float64_to_int32(float64 a, float_status *s);
uint32_t float64_to_uint32(float64 a, float_status *s);
int64_t float64_to_int64(float64 a, float_status *s);
uint64_t float64_to_uint64(float64 a, float_status *s);

/* From integer: exact or rounded with inexact. */
float32 int32_to_float32(int32_t a, float_status *s);
float32 uint32_to_float32(uint32_t a, float_status *s);
float32 int64_to_float32(int64_t a, float_status *s);
float32 uint64_to_float32(uint64_t a, float_status *s);
float64 int32_to_float64(int32_t a, float_status *s);
float64 uint32_to_float64(uint32_t a, float_status *s);
float64 int64_to_float64(int64_t a, float_status *s);
float64 uint64_to_float64(uint64_t a, float_status *s);

/* Between precisions; a NaN becomes the default NaN (invalid if sNaN). */
float64 float32_to_float64(float32 a, float_status *s);
float32 float64_to_float32(float64 a, float_status *s);

#endif
