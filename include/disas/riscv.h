/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * riscv.h: our RISC-V disassembler (RV64GC, Zba/Zbb/Zbc/Zbs, Zicsr,
 * Zifencei, Zicbo*, privileged instructions), for -d in_asm, HMP x/i and
 * the gdbstub.  The text follows QEMU's -d in_asm: mnemonic, operands
 * with ABI register names, branch/jump targets as absolute addresses.
 */
#ifndef DISAS_RISCV_H
#define DISAS_RISCV_H

/*
 * Disassemble the instruction @insn (the low 16 bits only, when they
 * encode a compressed one) at address @pc into @buf ("addi sp,sp,-16"),
 * NUL-terminated, truncated to @buflen.  Returns its length in bytes:
 * 2 or 4.  Unknown encodings print "illegal".  This is the text of
 * riscv_disas_block's line with single spaces: a pc-relative operand is
 * followed by its target ("j -16 # 0x80000000").
 */
int riscv_disas_insn(uint64_t pc, uint32_t insn, char *buf, size_t buflen);

/*
 * Print the @len bytes of code at @code (guest address @pc) one
 * instruction a line, as QEMU's -d in_asm and x/i do:
 * "0x0000000080000000:  00000297          auipc  t0,0" (column layout as
 * QEMU's).  A trailing partial instruction is printed as ".byte".
 */
void riscv_disas_block(FILE *out, uint64_t pc, const uint8_t *code,
                       size_t len);

#endif
