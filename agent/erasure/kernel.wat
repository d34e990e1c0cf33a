;; GF(2^8) multiply-accumulate kernels for the Reed-Solomon code in this folder.
;;
;; Hand-written on purpose: no npm package reaches the speed we need and also
;; installs without a native build (@ronomon/reed-solomon is a node-gyp addon; the
;; reed-solomon-erasure wasm build measured ~900 MB/s, plain JavaScript 450-750
;; MB/s, this kernel ~11,000 MB/s of data for 4+2 without copies, ~7,000 with).
;; Assembled by build-kernel.mjs (wabt) into kernel-wasm.ts; edit this file, then
;; run `node agent/erasure/build-kernel.mjs` and commit both. The build also emits
;; a copy with i8x16.relaxed_swizzle for every i8x16.swizzle, loaded where Relaxed
;; SIMD is available (kernel.ts); keep every swizzle index below 16 so that both
;; give the same bytes.
;;
;; Technique (ISA-L's pshufb kernels): a product c*v in GF(2^8) is linear in v, so
;; c*v = c*(v & 0x0f) ^ c*(v & 0xf0). For each coefficient c the caller lays out
;; 32 bytes: lo[x] = c*x and hi[x] = c*(x<<4) for x < 16. Sixteen products then
;; cost two i8x16.swizzle table look-ups and an xor.
;;
;; dotN computes N output rows at once, out[p] = XOR_j c[p][j] * in[j]. For each
;; 32-byte column (two vectors, $v and $w) it walks the k inputs with the 2N
;; accumulators in registers, so every input byte is loaded once per call and
;; every output byte stored once. Two vectors per column measured 10-35% faster
;; than one for N = 3 and 4; with N = 4 the 8 accumulators, 4 nibble vectors,
;; mask and 2 tables just fit V8's 15 allocatable xmm registers, hence N <= 4
;; (the caller runs more outputs in groups of 4). The four functions are the
;; same loop with 1-4 outputs. Arguments:
;;   $k    number of inputs (>= 1)
;;   $len  bytes per row, a multiple of 32 (the caller uses multiples of 64)
;;   $tbl  tables, input-major: input j, output p at $tbl + (j*N + p)*32
;;   $src  address of k i32 input addresses
;;   $dst  address of N i32 output addresses
;; All addresses are in this module's memory; the caller grows it as needed.
(module
  (memory (export "memory") 1)

  (func (export "dot1")
    (param $k i32) (param $len i32) (param $tbl i32) (param $src i32) (param $dst i32)
    (local $off i32) (local $s i32) (local $send i32) (local $t i32) (local $p i32)
    (local $o0 i32)
    (local $mask v128) (local $v v128) (local $w v128)
    (local $vl v128) (local $vh v128) (local $wl v128) (local $wh v128)
    (local $tl v128) (local $th v128)
    (local $a0 v128)
    (local $b0 v128)
    (local.set $mask (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15))
    (local.set $send (i32.add (local.get $src) (i32.shl (local.get $k) (i32.const 2))))
    (local.set $o0 (i32.load (local.get $dst)))
    (block $done
      (loop $col
        (br_if $done (i32.ge_u (local.get $off) (local.get $len)))
        (local.set $a0 (v128.const i64x2 0 0))
        (local.set $b0 (v128.const i64x2 0 0))
        (local.set $s (local.get $src))
        (local.set $t (local.get $tbl))
        (loop $in
          ;; the two vectors of input j at this column, split into nibbles
          (local.set $p (i32.add (i32.load (local.get $s)) (local.get $off)))
          (local.set $v (v128.load (local.get $p)))
          (local.set $vl (v128.and (local.get $v) (local.get $mask)))
          (local.set $vh (v128.and (i16x8.shr_u (local.get $v) (i32.const 4)) (local.get $mask)))
          (local.set $w (v128.load offset=16 (local.get $p)))
          (local.set $wl (v128.and (local.get $w) (local.get $mask)))
          (local.set $wh (v128.and (i16x8.shr_u (local.get $w) (i32.const 4)) (local.get $mask)))
          ;; output 0: acc ^= lo[x & 15] ^ hi[x >> 4]
          (local.set $tl (v128.load (local.get $t)))
          (local.set $th (v128.load offset=16 (local.get $t)))
          (local.set $a0 (v128.xor (local.get $a0) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $vl))
            (i8x16.swizzle (local.get $th) (local.get $vh)))))
          (local.set $b0 (v128.xor (local.get $b0) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $wl))
            (i8x16.swizzle (local.get $th) (local.get $wh)))))
          (local.set $t (i32.add (local.get $t) (i32.const 32)))
          (br_if $in (i32.lt_u (local.tee $s (i32.add (local.get $s) (i32.const 4))) (local.get $send)))
        )
        (v128.store (i32.add (local.get $o0) (local.get $off)) (local.get $a0))
        (v128.store offset=16 (i32.add (local.get $o0) (local.get $off)) (local.get $b0))
        (local.set $off (i32.add (local.get $off) (i32.const 32)))
        (br $col)
      )
    )
  )

  (func (export "dot2")
    (param $k i32) (param $len i32) (param $tbl i32) (param $src i32) (param $dst i32)
    (local $off i32) (local $s i32) (local $send i32) (local $t i32) (local $p i32)
    (local $o0 i32) (local $o1 i32)
    (local $mask v128) (local $v v128) (local $w v128)
    (local $vl v128) (local $vh v128) (local $wl v128) (local $wh v128)
    (local $tl v128) (local $th v128)
    (local $a0 v128) (local $a1 v128)
    (local $b0 v128) (local $b1 v128)
    (local.set $mask (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15))
    (local.set $send (i32.add (local.get $src) (i32.shl (local.get $k) (i32.const 2))))
    (local.set $o0 (i32.load (local.get $dst)))
    (local.set $o1 (i32.load offset=4 (local.get $dst)))
    (block $done
      (loop $col
        (br_if $done (i32.ge_u (local.get $off) (local.get $len)))
        (local.set $a0 (v128.const i64x2 0 0))
        (local.set $b0 (v128.const i64x2 0 0))
        (local.set $a1 (v128.const i64x2 0 0))
        (local.set $b1 (v128.const i64x2 0 0))
        (local.set $s (local.get $src))
        (local.set $t (local.get $tbl))
        (loop $in
          ;; the two vectors of input j at this column, split into nibbles
          (local.set $p (i32.add (i32.load (local.get $s)) (local.get $off)))
          (local.set $v (v128.load (local.get $p)))
          (local.set $vl (v128.and (local.get $v) (local.get $mask)))
          (local.set $vh (v128.and (i16x8.shr_u (local.get $v) (i32.const 4)) (local.get $mask)))
          (local.set $w (v128.load offset=16 (local.get $p)))
          (local.set $wl (v128.and (local.get $w) (local.get $mask)))
          (local.set $wh (v128.and (i16x8.shr_u (local.get $w) (i32.const 4)) (local.get $mask)))
          ;; output 0: acc ^= lo[x & 15] ^ hi[x >> 4]
          (local.set $tl (v128.load (local.get $t)))
          (local.set $th (v128.load offset=16 (local.get $t)))
          (local.set $a0 (v128.xor (local.get $a0) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $vl))
            (i8x16.swizzle (local.get $th) (local.get $vh)))))
          (local.set $b0 (v128.xor (local.get $b0) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $wl))
            (i8x16.swizzle (local.get $th) (local.get $wh)))))
          ;; output 1: acc ^= lo[x & 15] ^ hi[x >> 4]
          (local.set $tl (v128.load offset=32 (local.get $t)))
          (local.set $th (v128.load offset=48 (local.get $t)))
          (local.set $a1 (v128.xor (local.get $a1) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $vl))
            (i8x16.swizzle (local.get $th) (local.get $vh)))))
          (local.set $b1 (v128.xor (local.get $b1) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $wl))
            (i8x16.swizzle (local.get $th) (local.get $wh)))))
          (local.set $t (i32.add (local.get $t) (i32.const 64)))
          (br_if $in (i32.lt_u (local.tee $s (i32.add (local.get $s) (i32.const 4))) (local.get $send)))
        )
        (v128.store (i32.add (local.get $o0) (local.get $off)) (local.get $a0))
        (v128.store offset=16 (i32.add (local.get $o0) (local.get $off)) (local.get $b0))
        (v128.store (i32.add (local.get $o1) (local.get $off)) (local.get $a1))
        (v128.store offset=16 (i32.add (local.get $o1) (local.get $off)) (local.get $b1))
        (local.set $off (i32.add (local.get $off) (i32.const 32)))
        (br $col)
      )
    )
  )

  (func (export "dot3")
    (param $k i32) (param $len i32) (param $tbl i32) (param $src i32) (param $dst i32)
    (local $off i32) (local $s i32) (local $send i32) (local $t i32) (local $p i32)
    (local $o0 i32) (local $o1 i32) (local $o2 i32)
    (local $mask v128) (local $v v128) (local $w v128)
    (local $vl v128) (local $vh v128) (local $wl v128) (local $wh v128)
    (local $tl v128) (local $th v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128)
    (local $b0 v128) (local $b1 v128) (local $b2 v128)
    (local.set $mask (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15))
    (local.set $send (i32.add (local.get $src) (i32.shl (local.get $k) (i32.const 2))))
    (local.set $o0 (i32.load (local.get $dst)))
    (local.set $o1 (i32.load offset=4 (local.get $dst)))
    (local.set $o2 (i32.load offset=8 (local.get $dst)))
    (block $done
      (loop $col
        (br_if $done (i32.ge_u (local.get $off) (local.get $len)))
        (local.set $a0 (v128.const i64x2 0 0))
        (local.set $b0 (v128.const i64x2 0 0))
        (local.set $a1 (v128.const i64x2 0 0))
        (local.set $b1 (v128.const i64x2 0 0))
        (local.set $a2 (v128.const i64x2 0 0))
        (local.set $b2 (v128.const i64x2 0 0))
        (local.set $s (local.get $src))
        (local.set $t (local.get $tbl))
        (loop $in
          ;; the two vectors of input j at this column, split into nibbles
          (local.set $p (i32.add (i32.load (local.get $s)) (local.get $off)))
          (local.set $v (v128.load (local.get $p)))
          (local.set $vl (v128.and (local.get $v) (local.get $mask)))
          (local.set $vh (v128.and (i16x8.shr_u (local.get $v) (i32.const 4)) (local.get $mask)))
          (local.set $w (v128.load offset=16 (local.get $p)))
          (local.set $wl (v128.and (local.get $w) (local.get $mask)))
          (local.set $wh (v128.and (i16x8.shr_u (local.get $w) (i32.const 4)) (local.get $mask)))
          ;; output 0: acc ^= lo[x & 15] ^ hi[x >> 4]
          (local.set $tl (v128.load (local.get $t)))
          (local.set $th (v128.load offset=16 (local.get $t)))
          (local.set $a0 (v128.xor (local.get $a0) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $vl))
            (i8x16.swizzle (local.get $th) (local.get $vh)))))
          (local.set $b0 (v128.xor (local.get $b0) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $wl))
            (i8x16.swizzle (local.get $th) (local.get $wh)))))
          ;; output 1: acc ^= lo[x & 15] ^ hi[x >> 4]
          (local.set $tl (v128.load offset=32 (local.get $t)))
          (local.set $th (v128.load offset=48 (local.get $t)))
          (local.set $a1 (v128.xor (local.get $a1) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $vl))
            (i8x16.swizzle (local.get $th) (local.get $vh)))))
          (local.set $b1 (v128.xor (local.get $b1) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $wl))
            (i8x16.swizzle (local.get $th) (local.get $wh)))))
          ;; output 2: acc ^= lo[x & 15] ^ hi[x >> 4]
          (local.set $tl (v128.load offset=64 (local.get $t)))
          (local.set $th (v128.load offset=80 (local.get $t)))
          (local.set $a2 (v128.xor (local.get $a2) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $vl))
            (i8x16.swizzle (local.get $th) (local.get $vh)))))
          (local.set $b2 (v128.xor (local.get $b2) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $wl))
            (i8x16.swizzle (local.get $th) (local.get $wh)))))
          (local.set $t (i32.add (local.get $t) (i32.const 96)))
          (br_if $in (i32.lt_u (local.tee $s (i32.add (local.get $s) (i32.const 4))) (local.get $send)))
        )
        (v128.store (i32.add (local.get $o0) (local.get $off)) (local.get $a0))
        (v128.store offset=16 (i32.add (local.get $o0) (local.get $off)) (local.get $b0))
        (v128.store (i32.add (local.get $o1) (local.get $off)) (local.get $a1))
        (v128.store offset=16 (i32.add (local.get $o1) (local.get $off)) (local.get $b1))
        (v128.store (i32.add (local.get $o2) (local.get $off)) (local.get $a2))
        (v128.store offset=16 (i32.add (local.get $o2) (local.get $off)) (local.get $b2))
        (local.set $off (i32.add (local.get $off) (i32.const 32)))
        (br $col)
      )
    )
  )

  (func (export "dot4")
    (param $k i32) (param $len i32) (param $tbl i32) (param $src i32) (param $dst i32)
    (local $off i32) (local $s i32) (local $send i32) (local $t i32) (local $p i32)
    (local $o0 i32) (local $o1 i32) (local $o2 i32) (local $o3 i32)
    (local $mask v128) (local $v v128) (local $w v128)
    (local $vl v128) (local $vh v128) (local $wl v128) (local $wh v128)
    (local $tl v128) (local $th v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $b0 v128) (local $b1 v128) (local $b2 v128) (local $b3 v128)
    (local.set $mask (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15))
    (local.set $send (i32.add (local.get $src) (i32.shl (local.get $k) (i32.const 2))))
    (local.set $o0 (i32.load (local.get $dst)))
    (local.set $o1 (i32.load offset=4 (local.get $dst)))
    (local.set $o2 (i32.load offset=8 (local.get $dst)))
    (local.set $o3 (i32.load offset=12 (local.get $dst)))
    (block $done
      (loop $col
        (br_if $done (i32.ge_u (local.get $off) (local.get $len)))
        (local.set $a0 (v128.const i64x2 0 0))
        (local.set $b0 (v128.const i64x2 0 0))
        (local.set $a1 (v128.const i64x2 0 0))
        (local.set $b1 (v128.const i64x2 0 0))
        (local.set $a2 (v128.const i64x2 0 0))
        (local.set $b2 (v128.const i64x2 0 0))
        (local.set $a3 (v128.const i64x2 0 0))
        (local.set $b3 (v128.const i64x2 0 0))
        (local.set $s (local.get $src))
        (local.set $t (local.get $tbl))
        (loop $in
          ;; the two vectors of input j at this column, split into nibbles
          (local.set $p (i32.add (i32.load (local.get $s)) (local.get $off)))
          (local.set $v (v128.load (local.get $p)))
          (local.set $vl (v128.and (local.get $v) (local.get $mask)))
          (local.set $vh (v128.and (i16x8.shr_u (local.get $v) (i32.const 4)) (local.get $mask)))
          (local.set $w (v128.load offset=16 (local.get $p)))
          (local.set $wl (v128.and (local.get $w) (local.get $mask)))
          (local.set $wh (v128.and (i16x8.shr_u (local.get $w) (i32.const 4)) (local.get $mask)))
          ;; output 0: acc ^= lo[x & 15] ^ hi[x >> 4]
          (local.set $tl (v128.load (local.get $t)))
          (local.set $th (v128.load offset=16 (local.get $t)))
          (local.set $a0 (v128.xor (local.get $a0) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $vl))
            (i8x16.swizzle (local.get $th) (local.get $vh)))))
          (local.set $b0 (v128.xor (local.get $b0) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $wl))
            (i8x16.swizzle (local.get $th) (local.get $wh)))))
          ;; output 1: acc ^= lo[x & 15] ^ hi[x >> 4]
          (local.set $tl (v128.load offset=32 (local.get $t)))
          (local.set $th (v128.load offset=48 (local.get $t)))
          (local.set $a1 (v128.xor (local.get $a1) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $vl))
            (i8x16.swizzle (local.get $th) (local.get $vh)))))
          (local.set $b1 (v128.xor (local.get $b1) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $wl))
            (i8x16.swizzle (local.get $th) (local.get $wh)))))
          ;; output 2: acc ^= lo[x & 15] ^ hi[x >> 4]
          (local.set $tl (v128.load offset=64 (local.get $t)))
          (local.set $th (v128.load offset=80 (local.get $t)))
          (local.set $a2 (v128.xor (local.get $a2) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $vl))
            (i8x16.swizzle (local.get $th) (local.get $vh)))))
          (local.set $b2 (v128.xor (local.get $b2) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $wl))
            (i8x16.swizzle (local.get $th) (local.get $wh)))))
          ;; output 3: acc ^= lo[x & 15] ^ hi[x >> 4]
          (local.set $tl (v128.load offset=96 (local.get $t)))
          (local.set $th (v128.load offset=112 (local.get $t)))
          (local.set $a3 (v128.xor (local.get $a3) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $vl))
            (i8x16.swizzle (local.get $th) (local.get $vh)))))
          (local.set $b3 (v128.xor (local.get $b3) (v128.xor
            (i8x16.swizzle (local.get $tl) (local.get $wl))
            (i8x16.swizzle (local.get $th) (local.get $wh)))))
          (local.set $t (i32.add (local.get $t) (i32.const 128)))
          (br_if $in (i32.lt_u (local.tee $s (i32.add (local.get $s) (i32.const 4))) (local.get $send)))
        )
        (v128.store (i32.add (local.get $o0) (local.get $off)) (local.get $a0))
        (v128.store offset=16 (i32.add (local.get $o0) (local.get $off)) (local.get $b0))
        (v128.store (i32.add (local.get $o1) (local.get $off)) (local.get $a1))
        (v128.store offset=16 (i32.add (local.get $o1) (local.get $off)) (local.get $b1))
        (v128.store (i32.add (local.get $o2) (local.get $off)) (local.get $a2))
        (v128.store offset=16 (i32.add (local.get $o2) (local.get $off)) (local.get $b2))
        (v128.store (i32.add (local.get $o3) (local.get $off)) (local.get $a3))
        (v128.store offset=16 (i32.add (local.get $o3) (local.get $off)) (local.get $b3))
        (local.set $off (i32.add (local.get $off) (i32.const 32)))
        (br $col)
      )
    )
  )
)
