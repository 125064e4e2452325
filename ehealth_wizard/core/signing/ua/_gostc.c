/* Compiled GOST 28147-89 and GOST 34.311-95 for ehealth-wizard (ua-crypto.md §3).
 *
 * The pure-Python modules gost28147.py / gost34311.py are the reference; this module only
 * runs their hot loops at native speed: the block-cipher modes the containers use (ECB, CFB,
 * CTR, MAC), the 34.311 compression over whole blocks, and the two KDF inner loops (the
 * Key-6.dat / PKCS#12 iterated hash and the PBKDF2-HMAC iterations) entirely in C.
 *
 * Conventions are those of the Python code: bytes <-> 32-bit words little-endian, a 32-byte
 * hash state is the little-endian 256-bit integer, an 8-byte block is (n1, n2).
 * Substitution: one SBox object per ДКЕ holds four 256-entry tables (two S-box rows and the
 * rotate-left-11 folded into each, 4 KB: stays in L1), built once.  The GIL is released while
 * a loop runs, so a KDF does not stall the GUI thread's event loop.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

typedef struct {
    PyObject_HEAD
    uint32_t t[4][256];
    uint8_t dke[64];
    int ready; /* tables never change once built: loops read them without the GIL */
} SBoxObject;

static PyTypeObject SBoxType;

/* ---- helpers ----------------------------------------------------------------------- */

static inline uint32_t ld32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline void st32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

#define F(T, x) (T[0][(x) & 0xFF] ^ T[1][((x) >> 8) & 0xFF] ^ T[2][((x) >> 16) & 0xFF] ^ T[3][(x) >> 24])

/* The 32-round encryption of (n1, n2); out = (low, high) words of the output block. */
static inline void enc_words(const uint32_t (*T)[256], const uint32_t *k, uint32_t n1,
                             uint32_t n2, uint32_t *lo, uint32_t *hi)
{
    uint32_t t;
    for (int r = 0; r < 3; r++) {
        t = n1 + k[0]; n2 ^= F(T, t);
        t = n2 + k[1]; n1 ^= F(T, t);
        t = n1 + k[2]; n2 ^= F(T, t);
        t = n2 + k[3]; n1 ^= F(T, t);
        t = n1 + k[4]; n2 ^= F(T, t);
        t = n2 + k[5]; n1 ^= F(T, t);
        t = n1 + k[6]; n2 ^= F(T, t);
        t = n2 + k[7]; n1 ^= F(T, t);
    }
    t = n1 + k[7]; n2 ^= F(T, t);
    t = n2 + k[6]; n1 ^= F(T, t);
    t = n1 + k[5]; n2 ^= F(T, t);
    t = n2 + k[4]; n1 ^= F(T, t);
    t = n1 + k[3]; n2 ^= F(T, t);
    t = n2 + k[2]; n1 ^= F(T, t);
    t = n1 + k[1]; n2 ^= F(T, t);
    t = n2 + k[0]; n1 ^= F(T, t);
    *lo = n2;
    *hi = n1;
}

static inline void dec_words(const uint32_t (*T)[256], const uint32_t *k, uint32_t n1,
                             uint32_t n2, uint32_t *lo, uint32_t *hi)
{
    uint32_t t;
    t = n1 + k[0]; n2 ^= F(T, t);
    t = n2 + k[1]; n1 ^= F(T, t);
    t = n1 + k[2]; n2 ^= F(T, t);
    t = n2 + k[3]; n1 ^= F(T, t);
    t = n1 + k[4]; n2 ^= F(T, t);
    t = n2 + k[5]; n1 ^= F(T, t);
    t = n1 + k[6]; n2 ^= F(T, t);
    t = n2 + k[7]; n1 ^= F(T, t);
    for (int r = 0; r < 3; r++) {
        t = n1 + k[7]; n2 ^= F(T, t);
        t = n2 + k[6]; n1 ^= F(T, t);
        t = n1 + k[5]; n2 ^= F(T, t);
        t = n2 + k[4]; n1 ^= F(T, t);
        t = n1 + k[3]; n2 ^= F(T, t);
        t = n2 + k[2]; n1 ^= F(T, t);
        t = n1 + k[1]; n2 ^= F(T, t);
        t = n2 + k[0]; n1 ^= F(T, t);
    }
    *lo = n2;
    *hi = n1;
}

/* The 16-round MAC transform (no final swap). */
static inline void mac_words(const uint32_t (*T)[256], const uint32_t *k, uint32_t *n1p,
                             uint32_t *n2p)
{
    uint32_t n1 = *n1p, n2 = *n2p, t;
    for (int r = 0; r < 2; r++) {
        t = n1 + k[0]; n2 ^= F(T, t);
        t = n2 + k[1]; n1 ^= F(T, t);
        t = n1 + k[2]; n2 ^= F(T, t);
        t = n2 + k[3]; n1 ^= F(T, t);
        t = n1 + k[4]; n2 ^= F(T, t);
        t = n2 + k[5]; n1 ^= F(T, t);
        t = n1 + k[6]; n2 ^= F(T, t);
        t = n2 + k[7]; n1 ^= F(T, t);
    }
    *n1p = n1;
    *n2p = n2;
}

static void key_words(const uint8_t *key, uint32_t *k)
{
    for (int i = 0; i < 8; i++)
        k[i] = ld32(key + 4 * i);
}

/* ---- GOST 34.311 compression --------------------------------------------------------- */

/* Bytes of the key-schedule constant C3 that are FF. */
static const uint8_t C3_FF[16] = {1, 3, 5, 7, 8, 10, 12, 14, 17, 18, 20, 23, 24, 28, 29, 31};
static uint8_t C3[32];

/* A(Y) for Y = y4|y3|y2|y1 (8-byte pieces, y1 lowest): (y1 ^ y2) | y4 | y3 | y2. */
static inline void a_transform(const uint8_t *w, uint8_t *k)
{
    uint8_t buf[8];
    memcpy(buf, w, 8);
    memmove(k, w + 8, 24);
    for (int i = 0; i < 8; i++)
        k[24 + i] = buf[i] ^ k[i];
}

/* The key from W = U ^ V through the byte permutation P: Key[i + 4j] = W[8i + j]; the eight
 * little-endian words of Key are formed directly. */
static inline void p_key(const uint8_t *u, const uint8_t *v, uint32_t *k)
{
    for (int j = 0; j < 8; j++)
        k[j] = (uint32_t)(u[j] ^ v[j]) | (uint32_t)(u[8 + j] ^ v[8 + j]) << 8 |
               (uint32_t)(u[16 + j] ^ v[16 + j]) << 16 | (uint32_t)(u[24 + j] ^ v[24 + j]) << 24;
}

static inline void enc_block(const uint32_t (*T)[256], const uint32_t *k, const uint8_t *in,
                             uint16_t *out /* 4 words */)
{
    uint32_t lo, hi;
    enc_words(T, k, ld32(in), ld32(in + 4), &lo, &hi);
    out[0] = (uint16_t)lo;
    out[1] = (uint16_t)(lo >> 16);
    out[2] = (uint16_t)hi;
    out[3] = (uint16_t)(hi >> 16);
}

/* H = χ(M, H) = ψ^61(H ⊕ ψ(M ⊕ ψ^12(S))). */
static void compress(const uint32_t (*T)[256], uint8_t *h, const uint8_t *m)
{
    uint8_t u[32], v[32];
    uint32_t k[8];
    /* ψ runs on a sliding window over x: x[i + 16] = x[i]^x[i+1]^x[i+2]^x[i+3]^x[i+12]^x[i+15] */
    uint16_t x[16 + 74];
    int i;

    p_key(h, m, k);
    enc_block(T, k, h, x);
    a_transform(h, u);
    a_transform(m, v);
    a_transform(v, v);
    p_key(u, v, k);
    enc_block(T, k, h + 8, x + 4);
    a_transform(u, u);
    for (i = 0; i < 32; i++)
        u[i] ^= C3[i];
    a_transform(v, v);
    a_transform(v, v);
    p_key(u, v, k);
    enc_block(T, k, h + 16, x + 8);
    a_transform(u, u);
    a_transform(v, v);
    a_transform(v, v);
    p_key(u, v, k);
    enc_block(T, k, h + 24, x + 12);

#define PSI(j) x[(j) + 16] = x[j] ^ x[(j) + 1] ^ x[(j) + 2] ^ x[(j) + 3] ^ x[(j) + 12] ^ x[(j) + 15]
    for (i = 0; i < 12; i++)
        PSI(i);
    for (i = 0; i < 16; i++)
        x[12 + i] ^= (uint16_t)(m[2 * i] | m[2 * i + 1] << 8);
    PSI(12);
    for (i = 0; i < 16; i++)
        x[13 + i] ^= (uint16_t)(h[2 * i] | h[2 * i + 1] << 8);
    for (i = 13; i < 74; i++)
        PSI(i);
#undef PSI
    for (i = 0; i < 16; i++) {
        h[2 * i] = (uint8_t)x[74 + i];
        h[2 * i + 1] = (uint8_t)(x[74 + i] >> 8);
    }
}

/* a += b mod 2**256 (little-endian bytes). */
static inline void add256(uint8_t *a, const uint8_t *b)
{
    unsigned carry = 0;
    for (int i = 0; i < 32; i++) {
        carry += (unsigned)a[i] + b[i];
        a[i] = (uint8_t)carry;
        carry >>= 8;
    }
}

/* The digest of exactly one 32-byte message m, written back into m. */
static inline void hash32(const uint32_t (*T)[256], uint8_t *m)
{
    static const uint8_t len256[32] = {0, 1};
    uint8_t h[32] = {0};
    compress(T, h, m);
    compress(T, h, len256);
    compress(T, h, m); /* Σ of one block is the block */
    memcpy(m, h, 32);
}

/* HMAC of a 32-byte message given the states after the ipad / opad blocks; m is replaced. */
static inline void hmac32(const uint32_t (*T)[256], const uint8_t *hi0, const uint8_t *si,
                          const uint8_t *ho0, const uint8_t *so, uint8_t *m)
{
    static const uint8_t len512[32] = {0, 2};
    uint8_t h[32], sigma[32];
    memcpy(h, hi0, 32);
    compress(T, h, m);
    compress(T, h, len512);
    memcpy(sigma, si, 32);
    add256(sigma, m);
    compress(T, h, sigma); /* h = inner digest */
    memcpy(m, h, 32);
    memcpy(h, ho0, 32);
    compress(T, h, m);
    compress(T, h, len512);
    memcpy(sigma, so, 32);
    add256(sigma, m);
    compress(T, h, sigma);
    memcpy(m, h, 32);
}

/* ---- the SBox type -------------------------------------------------------------------- */

static uint32_t rotl11(uint32_t x) { return x << 11 | x >> 21; }

static int SBox_init(SBoxObject *self, PyObject *args, PyObject *kwds)
{
    Py_buffer dke;
    static char *kwlist[] = {"dke", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "y*", kwlist, &dke))
        return -1;
    if (self->ready) {
        PyBuffer_Release(&dke);
        PyErr_SetString(PyExc_TypeError, "an SBox is initialised once");
        return -1;
    }
    if (dke.len != 64) {
        PyBuffer_Release(&dke);
        PyErr_SetString(PyExc_ValueError, "a packed DKE S-box is 64 bytes");
        return -1;
    }
    memcpy(self->dke, dke.buf, 64);
    PyBuffer_Release(&dke);
    uint8_t row[8][16];
    for (int r = 0; r < 8; r++)
        for (int i = 0; i < 8; i++) {
            uint8_t b = self->dke[8 * r + i];
            row[r][2 * i] = b >> 4;
            row[r][2 * i + 1] = b & 0x0F;
        }
    for (int b = 0; b < 4; b++)
        for (int x = 0; x < 256; x++) {
            uint32_t s = (uint32_t)(row[2 * b][x & 15] | row[2 * b + 1][x >> 4] << 4);
            self->t[b][x] = rotl11(s << (8 * b));
        }
    self->ready = 1;
    return 0;
}

static PyObject *SBox_dke(SBoxObject *self, void *closure)
{
    (void)closure;
    return PyBytes_FromStringAndSize((const char *)self->dke, 64);
}

static PyGetSetDef SBox_getset[] = {
    {"dke", (getter)SBox_dke, NULL, "the packed 64-byte S-box", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject SBoxType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "ehealth_wizard.core.signing.ua._gostc.SBox",
    .tp_basicsize = sizeof(SBoxObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A GOST 28147 S-box (packed ДКЕ) with its lookup tables, built once.",
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)SBox_init,
    .tp_getset = SBox_getset,
};

/* ---- argument helpers ------------------------------------------------------------------ */

static int need_len(Py_buffer *b, Py_ssize_t n, const char *what)
{
    if (b->len != n) {
        PyErr_Format(PyExc_ValueError, "%s must be %zd bytes", what, n);
        return 0;
    }
    return 1;
}

static void release(Py_buffer *bufs, int n)
{
    for (int i = 0; i < n; i++)
        if (bufs[i].obj != NULL || bufs[i].buf != NULL)
            PyBuffer_Release(&bufs[i]);
}

/* Loops this long (bytes or compression steps) run without the GIL. */
#define NOGIL_BYTES 4096
#define NOGIL_STEPS 64

/* ---- block cipher modes ----------------------------------------------------------------- */

/* The `mode` argument of crypt(); accel.py names them. */
enum { ECB_ENCRYPT, ECB_DECRYPT, CFB_ENCRYPT, CFB_DECRYPT, CTR, MAC, MODES };

typedef const uint32_t (*Tables)[256];

static void ecb_run(Tables T, const uint32_t *k, const uint8_t *in, uint8_t *o, Py_ssize_t n,
                    int decrypt)
{
    for (Py_ssize_t off = 0; off < n; off += 8) {
        uint32_t lo, hi;
        if (decrypt)
            dec_words(T, k, ld32(in + off), ld32(in + off + 4), &lo, &hi);
        else
            enc_words(T, k, ld32(in + off), ld32(in + off + 4), &lo, &hi);
        st32(o + off, lo);
        st32(o + off + 4, hi);
    }
}

/* XOR up to 8 bytes of keystream (words g1, g2) into o from in. */
static inline void xor_gamma(uint8_t *o, const uint8_t *in, Py_ssize_t len, uint32_t g1,
                             uint32_t g2)
{
    uint8_t gamma[8];
    st32(gamma, g1);
    st32(gamma + 4, g2);
    for (Py_ssize_t i = 0; i < len && i < 8; i++)
        o[i] = in[i] ^ gamma[i];
}

static void cfb_run(Tables T, const uint32_t *k, const uint8_t *iv, const uint8_t *in, uint8_t *o,
                    Py_ssize_t n, int decrypt)
{
    uint32_t n1 = ld32(iv), n2 = ld32(iv + 4), g1, g2;
    Py_ssize_t off = 0;
    for (; off + 8 <= n; off += 8) {
        uint32_t p1 = ld32(in + off), p2 = ld32(in + off + 4);
        enc_words(T, k, n1, n2, &g1, &g2);
        uint32_t c1 = p1 ^ g1, c2 = p2 ^ g2;
        st32(o + off, c1);
        st32(o + off + 4, c2);
        n1 = decrypt ? p1 : c1;
        n2 = decrypt ? p2 : c2;
    }
    if (off < n) {
        enc_words(T, k, n1, n2, &g1, &g2);
        xor_gamma(o + off, in + off, n - off, g1, g2);
    }
}

/* Counter ("gamma") mode: N3 += C2 mod 2**32, N4 += C1 mod 2**32 - 1 (never 0). */
static void ctr_run(Tables T, const uint32_t *k, const uint8_t *iv, const uint8_t *in, uint8_t *o,
                    Py_ssize_t n)
{
    uint32_t n3, n4, g1, g2;
    enc_words(T, k, ld32(iv), ld32(iv + 4), &n3, &n4);
    for (Py_ssize_t off = 0; off < n; off += 8) {
        n3 += 0x01010101u;
        uint64_t s = (uint64_t)n4 + 0x01010104u;
        n4 = (uint32_t)(s > 0xFFFFFFFFu ? s - 0xFFFFFFFFu : s);
        enc_words(T, k, n3, n4, &g1, &g2);
        xor_gamma(o + off, in + off, n - off, g1, g2);
    }
}

/* The full 8-byte MAC state (zero-padded last block; at most one block gets an extra all-zero
 * block; empty data is the zero state), as gost28147.Gost28147.mac. */
static void mac_run(Tables T, const uint32_t *k, const uint8_t *in, uint8_t *o, Py_ssize_t n)
{
    uint32_t n1 = 0, n2 = 0;
    for (Py_ssize_t off = 0; off < n; off += 8) {
        uint8_t blk[8] = {0};
        memcpy(blk, in + off, (size_t)(n - off < 8 ? n - off : 8));
        n1 ^= ld32(blk);
        n2 ^= ld32(blk + 4);
        mac_words(T, k, &n1, &n2);
    }
    if (n > 0 && n <= 8)
        mac_words(T, k, &n1, &n2);
    st32(o, n1);
    st32(o + 4, n2);
}

/* crypt(sbox, key, iv, data, mode) -> bytes: every mode through one argument check. */
static PyObject *py_crypt(PyObject *mod, PyObject *args)
{
    SBoxObject *sb;
    Py_buffer b[3] = {{0}};
    int mode;
    (void)mod;
    if (!PyArg_ParseTuple(args, "O!y*y*y*i", &SBoxType, &sb, &b[0], &b[1], &b[2], &mode))
        return NULL;
    PyObject *out = NULL;
    int uses_iv = mode == CFB_ENCRYPT || mode == CFB_DECRYPT || mode == CTR;
    Py_ssize_t n = b[2].len;
    if (mode < 0 || mode >= MODES)
        PyErr_SetString(PyExc_ValueError, "unknown mode");
    else if (!need_len(&b[0], 32, "key"))
        ;
    else if (uses_iv && !need_len(&b[1], 8, "a GOST 28147 block (and IV)"))
        ;
    else if ((mode == ECB_ENCRYPT || mode == ECB_DECRYPT) && n % 8)
        PyErr_SetString(PyExc_ValueError, "ECB data must be a whole number of 8-byte blocks");
    else
        out = PyBytes_FromStringAndSize(NULL, mode == MAC ? 8 : n);
    if (out != NULL) {
        uint32_t k[8];
        key_words(b[0].buf, k);
        const uint8_t *iv = b[1].buf, *in = b[2].buf;
        uint8_t *o = (uint8_t *)PyBytes_AS_STRING(out);
        Tables T = (Tables)sb->t;
        PyThreadState *ts = n >= NOGIL_BYTES ? PyEval_SaveThread() : NULL;
        if (mode == ECB_ENCRYPT || mode == ECB_DECRYPT)
            ecb_run(T, k, in, o, n, mode == ECB_DECRYPT);
        else if (mode == CFB_ENCRYPT || mode == CFB_DECRYPT)
            cfb_run(T, k, iv, in, o, n, mode == CFB_DECRYPT);
        else if (mode == CTR)
            ctr_run(T, k, iv, in, o, n);
        else
            mac_run(T, k, in, o, n);
        if (ts != NULL)
            PyEval_RestoreThread(ts);
    }
    release(b, 3);
    return out;
}

/* ---- GOST 34.311 ----------------------------------------------------------------------- */

/* (h, Σ) after absorbing whole 32-byte blocks of data (one block: the compression step). */
static PyObject *py_absorb(PyObject *mod, PyObject *args)
{
    SBoxObject *sb;
    Py_buffer b[3] = {{0}};
    (void)mod;
    if (!PyArg_ParseTuple(args, "O!y*y*y*", &SBoxType, &sb, &b[0], &b[1], &b[2]))
        return NULL;
    PyObject *out = NULL;
    if (!need_len(&b[0], 32, "h") || !need_len(&b[1], 32, "sigma"))
        goto done;
    if (b[2].len % 32) {
        PyErr_SetString(PyExc_ValueError, "absorb takes whole 32-byte blocks");
        goto done;
    }
    {
        uint8_t h[32], sigma[32];
        memcpy(h, b[0].buf, 32);
        memcpy(sigma, b[1].buf, 32);
        const uint8_t *in = b[2].buf;
        Py_ssize_t n = b[2].len;
        Tables T = (Tables)sb->t;
        PyThreadState *ts = n >= NOGIL_BYTES ? PyEval_SaveThread() : NULL;
        for (Py_ssize_t off = 0; off < n; off += 32) {
            compress(T, h, in + off);
            add256(sigma, in + off);
        }
        if (ts != NULL)
            PyEval_RestoreThread(ts);
        out = Py_BuildValue("y#y#", (const char *)h, (Py_ssize_t)32, (const char *)sigma,
                            (Py_ssize_t)32);
    }
done:
    release(b, 3);
    return out;
}

/* m -> hash32(m), count times (the Key-6.dat and PKCS#12 KDF loops). */
static PyObject *py_iterate32(PyObject *mod, PyObject *args)
{
    SBoxObject *sb;
    Py_buffer b[1] = {{0}};
    Py_ssize_t count;
    (void)mod;
    if (!PyArg_ParseTuple(args, "O!y*n", &SBoxType, &sb, &b[0], &count))
        return NULL;
    PyObject *out = NULL;
    if (need_len(&b[0], 32, "m")) {
        uint8_t m[32];
        memcpy(m, b[0].buf, 32);
        Tables T = (Tables)sb->t;
        PyThreadState *ts = count * 3 >= NOGIL_STEPS ? PyEval_SaveThread() : NULL;
        for (Py_ssize_t i = 0; i < count; i++)
            hash32(T, m);
        if (ts != NULL)
            PyEval_RestoreThread(ts);
        out = PyBytes_FromStringAndSize((const char *)m, 32);
    }
    release(b, 1);
    return out;
}

/* PBKDF2 iterations: u = HMAC(u); acc ^= u, count times; returns (u, acc). */
static PyObject *py_pbkdf2(PyObject *mod, PyObject *args)
{
    SBoxObject *sb;
    Py_buffer b[6] = {{0}};
    Py_ssize_t count;
    (void)mod;
    if (!PyArg_ParseTuple(args, "O!y*y*y*y*y*y*n", &SBoxType, &sb, &b[0], &b[1], &b[2], &b[3],
                          &b[4], &b[5], &count))
        return NULL;
    PyObject *out = NULL;
    static const char *names[6] = {"hi0", "si", "ho0", "so", "u", "acc"};
    for (int i = 0; i < 6; i++)
        if (!need_len(&b[i], 32, names[i]))
            goto done;
    {
        uint8_t st[4][32], u[32], acc[32];
        for (int i = 0; i < 4; i++)
            memcpy(st[i], b[i].buf, 32);
        memcpy(u, b[4].buf, 32);
        memcpy(acc, b[5].buf, 32);
        Tables T = (Tables)sb->t;
        PyThreadState *ts = count * 6 >= NOGIL_STEPS ? PyEval_SaveThread() : NULL;
        for (Py_ssize_t i = 0; i < count; i++) {
            hmac32(T, st[0], st[1], st[2], st[3], u);
            for (int j = 0; j < 32; j++)
                acc[j] ^= u[j];
        }
        if (ts != NULL)
            PyEval_RestoreThread(ts);
        out = Py_BuildValue("y#y#", (const char *)u, (Py_ssize_t)32, (const char *)acc,
                            (Py_ssize_t)32);
    }
done:
    release(b, 6);
    return out;
}

static PyMethodDef methods[] = {
    {"crypt", py_crypt, METH_VARARGS, "crypt(sbox, key, iv, data, mode) -> bytes"},
    {"absorb", py_absorb, METH_VARARGS, "absorb(sbox, h, sigma, blocks) -> (h, sigma)"},
    {"iterate32", py_iterate32, METH_VARARGS, "iterate32(sbox, m, count) -> m'"},
    {"pbkdf2", py_pbkdf2, METH_VARARGS,
     "pbkdf2(sbox, hi0, si, ho0, so, u, acc, count) -> (u, acc)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef moduledef = {
    PyModuleDef_HEAD_INIT, "_gostc",
    "Compiled GOST 28147 / GOST 34.311 hot loops (the pure-Python modules are the reference).",
    -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__gostc(void)
{
    for (int i = 0; i < 16; i++)
        C3[C3_FF[i]] = 0xFF;
    if (PyType_Ready(&SBoxType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&moduledef);
    if (m == NULL)
        return NULL;
    static const struct { const char *name; int value; } modes[] = {
        {"ECB_ENCRYPT", ECB_ENCRYPT}, {"ECB_DECRYPT", ECB_DECRYPT}, {"CFB_ENCRYPT", CFB_ENCRYPT},
        {"CFB_DECRYPT", CFB_DECRYPT}, {"CTR", CTR}, {"MAC", MAC},
    };
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
        if (PyModule_AddIntConstant(m, modes[i].name, modes[i].value) < 0) {
            Py_DECREF(m);
            return NULL;
        }
    Py_INCREF(&SBoxType);
    if (PyModule_AddObject(m, "SBox", (PyObject *)&SBoxType) < 0) {
        Py_DECREF(&SBoxType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
