/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * RV64I: every base instruction with edge values (zero, sign boundaries,
 * all ones, shift amounts 0/31/32/63), word forms sign-extending their
 * 32-bit results, x0 ignoring writes, loads sign- or zero-extending,
 * taken and not-taken branches, jal/jalr link values and jalr clearing
 * bit 0 of the target.  RISC-V unprivileged spec 20191213, chapters 2
 * and 5.  ecall/ebreak are in traps.c, fence.i in rv64c-fencei.S.
 */
#include "test.h"

    .text
    .globl main
main:
    /* add/sub/addi, wrap-around at 64 bits */
    TEST_RR(1, add, 0, 0, 0)
    TEST_RR(2, add, 0x8000000000000000, 0x7fffffffffffffff, 1)
    TEST_RR(3, add, 0xfffffffffffffffe, -1, -1)
    TEST_RR(4, add, 0, 0x8000000000000000, 0x8000000000000000)
    TEST_RR(5, sub, 0x7fffffffffffffff, 0x8000000000000000, 1)
    TEST_RR(6, sub, -1, 0, 1)
    TEST_RR(7, sub, 0, -5, -5)
    TEST_RI(8, addi, 0x800, 0x7ff, 1)
    TEST_RI(9, addi, 0x7ffffffffffff800, 0x8000000000000000, -2048)
    TEST_RI(10, addi, 0x7ff, 0, 2047)
    TEST_RI(11, addi, 0x8000000000000000, 0x7fffffffffffffff, 1)
    /* slt/sltu/slti/sltiu: signed and unsigned views of the same bits */
    TEST_RR(12, slt, 1, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_RR(13, slt, 0, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_RR(14, sltu, 0, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_RR(15, sltu, 1, 0, -1)
    TEST_RR(16, slt, 0, -1, -1)
    TEST_RI(17, slti, 1, -1, 0)
    TEST_RI(18, slti, 0, 0, -2048)
    TEST_RI(19, sltiu, 1, 0, -1)
    TEST_RI(20, sltiu, 0, -1, -1)
    TEST_RI(21, sltiu, 1, 0x7fe, 0x7ff)
    /* logic ops; immediates are sign-extended */
    TEST_RR(22, and, 0x0f000f000f000f00, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f)
    TEST_RR(23, or, 0xff0fff0fff0fff0f, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f)
    TEST_RR(24, xor, 0xf00ff00ff00ff00f, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f)
    TEST_RI(25, andi, 0xff00ff00ff00f800, 0xff00ff00ff00ff00, -2048)
    TEST_RI(26, ori, 0xfffffffffffff80f, 0x000000000000000f, -2048)
    TEST_RI(27, xori, 0x00ff00ff00ff00f0, 0xff00ff00ff00ff0f, -1)
    TEST_RI(28, xori, 0xff00ff00ff00f8f0, 0xff00ff00ff00ff0f, 0x7ff)
    TEST_RI(29, andi, 0, -1, 0)
    /* shifts: only the low 6 bits of the amount count */
    TEST_RR(30, sll, 0x8000000000000000, 1, 63)
    TEST_RR(31, sll, 1, 1, 64)
    TEST_RR(32, sll, 0x8000000000000000, 1, -1)
    TEST_RR(33, srl, 1, 0x8000000000000000, 63)
    TEST_RR(34, srl, 0x0000000100000000, 0x8000000000000000, 31)
    TEST_RR(35, sra, -1, 0x8000000000000000, 63)
    TEST_RR(36, sra, 0xffffffff00000000, 0x8000000000000000, 31)
    TEST_RR(37, sra, 0x7fffffffffffffff, 0x7fffffffffffffff, 0)
    TEST_RI(38, slli, 0x8000000000000000, 1, 63)
    TEST_RI(39, slli, 0x0000000100000000, 1, 32)
    TEST_RI(40, srli, 0x00000000ffffffff, -1, 32)
    TEST_RI(41, srai, 0xffffffffffffffff, 0x8000000000000000, 63)
    TEST_RI(42, srai, 0xff80000000000000, 0x8000000000000000, 8)
    TEST_RI(43, srli, 0x0080000000000000, 0x8000000000000000, 8)
    TEST_RI(44, srai, 0x0123456789abcdef, 0x0123456789abcdef, 0)
    /* word forms: 32-bit results sign-extended to 64 bits */
    TEST_RR(45, addw, 0xffffffff80000000, 0x7fffffff, 1)
    TEST_RR(46, addw, 0, 0xffffffff, 1)
    TEST_RR(47, addw, 0x0000000012345678, 0xabcdef0012345678, 0)
    TEST_RR(48, subw, 0x000000007fffffff, 0x80000000, 1)
    TEST_RR(49, subw, 0xffffffffffffffff, 0x100000000, 1)
    TEST_RI(50, addiw, 0xffffffff80000000, 0x7fffffff, 1)
    TEST_RI(51, addiw, 0x000000007ffff7ff, 0x7fffffff, -2048)
    TEST_RI(52, addiw, 0xffffffffffffffff, 0xffffffff00000000, -1)
    TEST_RR(53, sllw, 0xffffffff80000000, 1, 31)
    TEST_RR(54, sllw, 1, 1, 32)
    TEST_RR(55, srlw, 1, 0x80000000, 31)
    TEST_RR(56, srlw, 0xffffffff80000000, 0xffffffff80000000, 32)
    TEST_RR(57, srlw, 0x0000000000ffffff, 0xffffffffffffffff, 8)
    TEST_RR(58, sraw, 0xffffffffffffffff, 0x80000000, 31)
    TEST_RR(59, sraw, 0x0000000000000001, 0xffffffff00000002, 1)
    TEST_RI(60, slliw, 0xffffffff80000000, 0x00000001, 31)
    TEST_RI(61, slliw, 0, 0xffffffff00000000, 4)
    TEST_RI(62, srliw, 0x0000000000000001, 0x80000000, 31)
    TEST_RI(63, srliw, 0xffffffff80000000, 0x80000000, 0)
    TEST_RI(64, sraiw, 0xffffffffff000000, 0x80000000, 7)
    TEST_RI(65, sraiw, 0x0000000000800000, 0xffffffff40000000, 7)
    /* lui/auipc */
    TEST_CASE(66, a0, 0xffffffff80000000, lui a0, 0x80000)
    TEST_CASE(67, a0, 0x000000007ffff000, lui a0, 0x7ffff)
    TEST_CASE(68, a0, 0, lui a0, 0)
    TEST_CASE(69, a0, 0, 1: auipc a0, 0; la a1, 1b; sub a0, a0, a1)
    TEST_CASE(70, a0, 0x1000, 1: auipc a0, 1; la a1, 1b; sub a0, a0, a1)
    TEST_CASE(71, a0, -0x80000000, 1: auipc a0, 0x80000; la a1, 1b; sub a0, a0,
              a1)
    /* writes to x0 are dropped */
    TEST_CASE(72, a0, 0, addi x0, x0, 5; lui x0, 1; mv a0, x0)
    TEST_CASE(73, a0, 0, li a1, 7; add x0, a1, a1; or a0, x0, x0)
    /* loads sign- or zero-extend; offsets are signed */
    TEST_CASE(74, a0, 0xffffffffffffff80, la a1, data; lb a0, 0(a1))
    TEST_CASE(75, a0, 0x0000000000000080, la a1, data; lbu a0, 0(a1))
    TEST_CASE(76, a0, 0xffffffffffff8180, la a1, data; lh a0, 0(a1))
    TEST_CASE(77, a0, 0x0000000000008180, la a1, data; lhu a0, 0(a1))
    TEST_CASE(78, a0, 0xffffffff83828180, la a1, data; lw a0, 0(a1))
    TEST_CASE(79, a0, 0x0000000083828180, la a1, data; lwu a0, 0(a1))
    TEST_CASE(80, a0, 0x8786858483828180, la a1, data; ld a0, 0(a1))
    TEST_CASE(81, a0, 0x000000000000007f, la a1, data + 8; lb a0, 8(a1))
    TEST_CASE(82, a0, 0x8786858483828180, la a1, data + 2048; ld a0, -2048(a1))
    TEST_CASE(83, a0, 0x0000000000000085, la a1, data + 4; lbu a0, 1(a1))
    TEST_CASE(84, a0, 0xffffffff87868584, la a1, data + 5; lw a0, -1(a1))
    /* stores write exactly their width */
    TEST_CASE(85, a0, 0x55555555555555aa, la a1, buf; li a2, 0x5555555555555555;
              sd a2, 0(a1); li a3, 0x1aa; sb a3, 0(a1); ld a0, 0(a1))
    TEST_CASE(86, a0, 0x555555555555beef, la a1, buf; li a2, 0x5555555555555555;
              sd a2, 0(a1); li a3, 0xdeadbeef; sh a3, 0(a1); ld a0, 0(a1))
    TEST_CASE(87, a0, 0x55555555deadbeef, la a1, buf; li a2, 0x5555555555555555;
              sd a2, 0(a1); li a3, 0x12deadbeef; sw a3, 0(a1); ld a0, 0(a1))
    TEST_CASE(88, a0, 0x0123456789abcdef, la a1, buf; li a2, 0x0123456789abcdef;
              sd a2, 8(a1); ld a0, 8(a1))
    TEST_CASE(89, a0, 0x000000ff00000000, la a1, buf + 16; sd zero, 0(a1);
              li a3, -1; sb a3, 4(a1); ld a0, 0(a1))
    /* branches: each condition taken and not taken, at the edges */
    TEST_CASE(90, a0, 0b1010, li a0, 0; li a1, -1; li a2, -1; beq a1, a2, 1f;
              ori a0, a0, 1; 1: ori a0, a0, 2; bne a1, a2, 2f; ori a0, a0, 8;
              2:)
    TEST_CASE(91, a0, 0b0101, li a0, 0; li a1, 1; li a2, -1; beq a1, a2, 1f;
              ori a0, a0, 1; 1: bne a1, a2, 2f; ori a0, a0, 2; 2: ori a0, a0, 4)
    TEST_CASE(92, a0, 0b0110, li a0, 0; li a1, 0x8000000000000000; li a2,
              0x7fffffffffffffff; blt a1, a2, 1f; ori a0, a0, 1; 1: bltu a1, a2,
              2f; ori a0, a0, 2; 2: ori a0, a0, 4)
    TEST_CASE(93, a0, 0b0101, li a0, 0; li a1, 0x8000000000000000; li a2,
              0x7fffffffffffffff; bge a1, a2, 1f; ori a0, a0, 1; 1: bgeu a1, a2,
              2f; ori a0, a0, 2; 2: ori a0, a0, 4)
    TEST_CASE(94, a0, 0b0100, li a0, 0; li a1, -7; li a2, -7; bge a1, a2, 1f;
              ori a0, a0, 1; 1: bgeu a1, a2, 2f; ori a0, a0, 2; 2: ori a0, a0,
              4)
    TEST_CASE(95, a0, 0b0111, li a0, 0; li a1, -7; li a2, -7; blt a1, a2, 1f;
              ori a0, a0, 1; 1: bltu a1, a2, 2f; ori a0, a0, 2; 2: ori a0, a0,
              4)
    TEST_CASE(96, a0, 0b0100, li a0, 0; li a1, 0; li a2, 0xffffffffffffffff;
              bltu a1, a2, 1f; ori a0, a0, 1; 1: blt a2, a1, 2f; ori a0, a0, 2;
              2: ori a0, a0, 4)
    /* backward branch loop */
    TEST_CASE(97, a0, 55, li a0, 0; li a1, 10; 1: add a0, a0, a1; addi a1, a1,
              -1; bnez a1, 1b)
    /* jal/jalr: link = pc + 4; jalr target bit 0 cleared; rd = rs1 */
    TEST_CASE(98, a0, 0, la a2, 2f; jal a1, 1f; 2: li a0, 1; j 3f; 1: sub a0,
              a1, a2; 3:)
    TEST_CASE(99, a0, 0, la a1, 1f; addi a1, a1, 1; jalr a2, 0(a1); 3: li a0, 1;
              j 2f; 1: la a3, 3b; sub a0, a2, a3; 2:)
    TEST_CASE(100, a0, 0, la a2, 1f; jalr a2, 0(a2); 1: la a3, 1b; sub a0, a2,
              a3)
    TEST_CASE(101, a0, 0, la a1, 2f; addi a1, a1, 8; jalr zero, -8(a1); li a0,
              1; j 3f; 2: li a0, 0; 3:)
    TEST_CASE(102, a0, 0, jal x0, 1f; li a0, 1; j 2f; 1: li a0, 0; 2:)
    /* fence is accepted as an ordering no-op */
    TEST_CASE(103, a0, 9, li a0, 9; fence; fence rw, rw; fence r, w; fence.tso)
    TEST_PASS

    .data
    .balign 8
data:
    .byte 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87
    .byte 0x7f, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07
    .byte 0x7f, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07
    .balign 8
buf:
    .dword 0, 0, 0, 0
