# SPDX-License-Identifier: GPL-2.0-or-later
# One of each RV64GC + Zb*/Zk*/Zicbo*/privileged instruction, with the operand
# shapes that select pseudo-instructions, for scripts/riscv-disas-corpus.py.
.option norvc
# RV64I
lui a0, 0x12345
lui t6, 0xfffff
lui zero, 1
auipc a0, 0x12345
auipc ra, 0
jal ra, .+8
jal zero, .-8
jal a0, .+2048
jalr ra, 0(a0)
jalr zero, 0(ra)
jalr zero, 8(ra)
jalr zero, 0(t0)
jalr ra, 0(t0)
jalr a0, -4(a1)
jalr ra, 12(t0)
beq a0, a1, .+16
bne a0, a1, .-16
blt a0, a1, .+16
bge a0, a1, .+16
bltu a0, a1, .+16
bgeu a0, a1, .+16
beq a0, zero, .+16
bne a0, zero, .+16
blt a0, zero, .+16
bge a0, zero, .+16
blt zero, a0, .+16
bge zero, a0, .+16
bltu zero, a0, .+16
bgeu zero, a0, .+16
beq zero, a0, .+16
bne zero, a0, .+16
beq zero, zero, .+16
lb a0, 0(a1)
lh a0, -1(a1)
lw a0, 2047(a1)
ld a0, -2048(sp)
lbu a0, 4(a1)
lhu a0, 4(a1)
lwu a0, 4(a1)
sb a0, 0(a1)
sh a0, -1(a1)
sw a0, 2047(a1)
sd a0, -2048(sp)
addi a0, a1, 1
addi a0, zero, 1
addi a0, a1, 0
addi zero, zero, 0
addi zero, zero, 1
addi zero, a0, 0
addi a0, zero, 0
addi a0, zero, -2048
slti a0, a1, -1
sltiu a0, a1, 1
sltiu a0, a1, 2
xori a0, a1, -1
xori a0, a1, 5
ori a0, a1, 5
andi a0, a1, 5
slli a0, a1, 63
srli a0, a1, 63
srai a0, a1, 63
slli a0, a1, 0
add a0, a1, a2
sub a0, a1, a2
sub a0, zero, a2
sll a0, a1, a2
slt a0, a1, a2
slt a0, a1, zero
slt a0, zero, a2
sltu a0, a1, a2
sltu a0, zero, a2
xor a0, a1, a2
srl a0, a1, a2
sra a0, a1, a2
or a0, a1, a2
and a0, a1, a2
addiw a0, a1, 1
addiw a0, a1, 0
slliw a0, a1, 31
srliw a0, a1, 31
sraiw a0, a1, 31
addw a0, a1, a2
subw a0, a1, a2
subw a0, zero, a2
sllw a0, a1, a2
srlw a0, a1, a2
sraw a0, a1, a2
fence
fence rw, rw
fence r, r
fence w, w
fence i, o
fence io, io
fence iorw, iorw
fence.tso
fence rw, w
fence w, r
fence.i
.word 0x0000000f
.word 0x0010000f
.word 0x0100000f
.word 0x8330000f
.word 0x0330100f
ecall
ebreak
# Zicsr
csrrw a0, mstatus, a1
csrrs a0, mstatus, a1
csrrc a0, mstatus, a1
csrrwi a0, mstatus, 5
csrrsi a0, mstatus, 5
csrrci a0, mstatus, 5
csrrw zero, mstatus, a1
csrrs zero, mstatus, a1
csrrc zero, mstatus, a1
csrrs a0, mstatus, zero
csrrwi zero, mstatus, 5
csrrsi zero, mstatus, 5
csrrci zero, mstatus, 5
csrr a0, cycle
csrr a0, time
csrr a0, instret
csrr a0, fflags
csrr a0, frm
csrr a0, fcsr
csrw fflags, a0
csrw frm, a0
csrw fcsr, a0
csrwi fflags, 1
csrwi frm, 1
csrwi fcsr, 1
fsflags a0, a1
fsrm a0, a1
fscsr a0, a1
# M
mul a0, a1, a2
mulh a0, a1, a2
mulhsu a0, a1, a2
mulhu a0, a1, a2
div a0, a1, a2
divu a0, a1, a2
rem a0, a1, a2
remu a0, a1, a2
mulw a0, a1, a2
divw a0, a1, a2
divuw a0, a1, a2
remw a0, a1, a2
remuw a0, a1, a2
# A
lr.w a0, (a1)
lr.w.aq a0, (a1)
lr.w.rl a0, (a1)
lr.w.aqrl a0, (a1)
sc.w a0, a2, (a1)
sc.w.aqrl a0, a2, (a1)
amoswap.w a0, a2, (a1)
amoadd.w a0, a2, (a1)
amoxor.w a0, a2, (a1)
amoand.w a0, a2, (a1)
amoor.w a0, a2, (a1)
amomin.w a0, a2, (a1)
amomax.w a0, a2, (a1)
amominu.w a0, a2, (a1)
amomaxu.w a0, a2, (a1)
amoswap.w.aq a0, a2, (a1)
amoadd.w.rl a0, a2, (a1)
amoor.w.aqrl a0, a2, (a1)
lr.d a0, (a1)
lr.d.aqrl a0, (a1)
sc.d a0, a2, (a1)
sc.d.aq a0, a2, (a1)
amoswap.d a0, a2, (a1)
amoadd.d a0, a2, (a1)
amoxor.d a0, a2, (a1)
amoand.d a0, a2, (a1)
amoor.d a0, a2, (a1)
amomin.d a0, a2, (a1)
amomax.d a0, a2, (a1)
amominu.d a0, a2, (a1)
amomaxu.d.aqrl a0, a2, (a1)
# F
flw fa0, 0(a1)
flw fa0, -4(a1)
fsw fa0, 8(a1)
fmadd.s fa0, fa1, fa2, fa3
fmsub.s fa0, fa1, fa2, fa3
fnmsub.s fa0, fa1, fa2, fa3
fnmadd.s fa0, fa1, fa2, fa3
fmadd.s fa0, fa1, fa2, fa3, rne
fmadd.s fa0, fa1, fa2, fa3, rtz
fmadd.s fa0, fa1, fa2, fa3, rdn
fmadd.s fa0, fa1, fa2, fa3, rup
fmadd.s fa0, fa1, fa2, fa3, rmm
fadd.s fa0, fa1, fa2
fadd.s fa0, fa1, fa2, rne
fadd.s fa0, fa1, fa2, rtz
fsub.s fa0, fa1, fa2
fmul.s fa0, fa1, fa2
fdiv.s fa0, fa1, fa2
fsqrt.s fa0, fa1
fsqrt.s fa0, fa1, rup
fsgnj.s fa0, fa1, fa2
fsgnjn.s fa0, fa1, fa2
fsgnjx.s fa0, fa1, fa2
fsgnj.s fa0, fa1, fa1
fsgnjn.s fa0, fa1, fa1
fsgnjx.s fa0, fa1, fa1
fmin.s fa0, fa1, fa2
fmax.s fa0, fa1, fa2
fcvt.w.s a0, fa1
fcvt.w.s a0, fa1, rtz
fcvt.wu.s a0, fa1
fcvt.l.s a0, fa1
fcvt.lu.s a0, fa1
fmv.x.w a0, fa1
feq.s a0, fa1, fa2
flt.s a0, fa1, fa2
fle.s a0, fa1, fa2
fclass.s a0, fa1
fcvt.s.w fa0, a1
fcvt.s.wu fa0, a1
fcvt.s.l fa0, a1
fcvt.s.lu fa0, a1
fcvt.s.l fa0, a1, rtz
fmv.w.x fa0, a1
# D
fld fa0, 0(a1)
fld ft0, -8(sp)
fsd fa0, 8(a1)
fmadd.d fa0, fa1, fa2, fa3
fmsub.d fa0, fa1, fa2, fa3
fnmsub.d fa0, fa1, fa2, fa3
fnmadd.d fa0, fa1, fa2, fa3, rtz
fadd.d fa0, fa1, fa2
fsub.d fa0, fa1, fa2
fmul.d fa0, fa1, fa2
fdiv.d fa0, fa1, fa2, rdn
fsqrt.d fa0, fa1
fsgnj.d fa0, fa1, fa2
fsgnjn.d fa0, fa1, fa2
fsgnjx.d fa0, fa1, fa2
fsgnj.d fa0, fa1, fa1
fsgnjn.d fa0, fa1, fa1
fsgnjx.d fa0, fa1, fa1
fmin.d fa0, fa1, fa2
fmax.d fa0, fa1, fa2
fcvt.s.d fa0, fa1
fcvt.d.s fa0, fa1
feq.d a0, fa1, fa2
flt.d a0, fa1, fa2
fle.d a0, fa1, fa2
fclass.d a0, fa1
fcvt.w.d a0, fa1
fcvt.wu.d a0, fa1
fcvt.l.d a0, fa1
fcvt.lu.d a0, fa1, rtz
fcvt.d.w fa0, a1
fcvt.d.wu fa0, a1
fcvt.d.l fa0, a1
fcvt.d.lu fa0, a1
fmv.x.d a0, fa1
fmv.d.x fa0, a1
fmv.d.x ft11, t6
fadd.d fs11, fs10, ft8
# privileged
sret
mret
wfi
sfence.vma
sfence.vma a0
sfence.vma a0, a1
sfence.vma zero, a1
.word 0x00200073
.word 0x10500073
hfence.vvma
hfence.gvma
# Zba
add.uw a0, a1, a2
add.uw a0, a1, zero
sh1add a0, a1, a2
sh2add a0, a1, a2
sh3add a0, a1, a2
sh1add.uw a0, a1, a2
sh2add.uw a0, a1, a2
sh3add.uw a0, a1, a2
slli.uw a0, a1, 5
slli.uw a0, a1, 63
# Zbb
andn a0, a1, a2
orn a0, a1, a2
xnor a0, a1, a2
clz a0, a1
ctz a0, a1
cpop a0, a1
clzw a0, a1
ctzw a0, a1
cpopw a0, a1
max a0, a1, a2
maxu a0, a1, a2
min a0, a1, a2
minu a0, a1, a2
sext.b a0, a1
sext.h a0, a1
zext.h a0, a1
rol a0, a1, a2
ror a0, a1, a2
rolw a0, a1, a2
rorw a0, a1, a2
rori a0, a1, 5
rori a0, a1, 63
roriw a0, a1, 5
orc.b a0, a1
rev8 a0, a1
# Zbc
clmul a0, a1, a2
clmulh a0, a1, a2
clmulr a0, a1, a2
# Zbs
bclr a0, a1, a2
bclri a0, a1, 5
bclri a0, a1, 63
bext a0, a1, a2
bexti a0, a1, 5
binv a0, a1, a2
binvi a0, a1, 5
bset a0, a1, a2
bseti a0, a1, 5
bseti a0, a1, 63
# Zicbo
cbo.clean (a0)
cbo.flush (a0)
cbo.inval (a0)
cbo.zero (a0)
prefetch.i 0(a0)
prefetch.r 0(a0)
prefetch.w 0(a0)
prefetch.i 32(a0)
prefetch.r -32(a0)
prefetch.w 64(a0)
# pseudo-ish
nop
li a0, 5
mv a0, a1
not a0, a1
neg a0, a1
negw a0, a1
sext.w a0, a1
seqz a0, a1
snez a0, a1
sltz a0, a1
sgtz a0, a1
ret
jr a0
jalr a0
pause
# Zbkb, Zbkx, Zbkc
pack a0, a1, a2
packh a0, a1, a2
packw a0, a1, a2
brev8 a0, a1
xperm4 a0, a1, a2
xperm8 a0, a1, a2
# Zknd, Zkne, Zknh (RV64)
aes64es a0, a1, a2
aes64esm a0, a1, a2
aes64ds a0, a1, a2
aes64dsm a0, a1, a2
aes64im a0, a1
aes64ks1i a0, a1, 3
aes64ks1i a0, a1, 10
aes64ks2 a0, a1, a2
sha256sum0 a0, a1
sha256sum1 a0, a1
sha256sig0 a0, a1
sha256sig1 a0, a1
sha512sum0 a0, a1
sha512sum1 a0, a1
sha512sig0 a0, a1
sha512sig1 a0, a1
# Zksed, Zksh
sm4ed a0, a1, a2, 1
sm4ks a0, a1, a2, 3
sm3p0 a0, a1
sm3p1 a0, a1
# RV32-only and RV128 encodings QEMU also decodes
.word 0x2ac58533
.word 0x08f59513
.word 0x08f5d513
.word 0x50c58533
.word 0x00c5857b
.word 0x0055955b
