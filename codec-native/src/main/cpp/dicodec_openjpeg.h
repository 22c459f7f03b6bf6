// dicodec_openjpeg.h: JPEG 2000 (and, on the decode side, HTJ2K) of one frame with OpenJPEG 2.5,
// memory buffers in and out. Included by the JNI code JavaCPP generates for
// dicodec.bindings.openjpeg.OpenJpeg. OpenJPEG's stream and message callbacks are C functions
// here, routed by their user data to a struct on the caller's stack: no Java callback, no
// handle outlives a call, nothing is shared between threads.
#ifndef DICODEC_OPENJPEG_H
#define DICODEC_OPENJPEG_H

#include <openjpeg-2.5/openjpeg.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <vector>

// Results of dc_opj_decode.
#define DC_OPJ_OK 0
#define DC_OPJ_ERROR 1
#define DC_OPJ_MISMATCH 2

// Indexes into the info array dc_opj_decode fills.
#define DC_OPJ_INFO_COMPONENTS 0
#define DC_OPJ_INFO_WIDTH 1
#define DC_OPJ_INFO_HEIGHT 2
#define DC_OPJ_INFO_PRECISION 3
#define DC_OPJ_INFO_SIGNED 4
#define DC_OPJ_INFO_COLOR_SPACE 5
#define DC_OPJ_INFO_JP2 6
#define DC_OPJ_INFO_UNEVEN 7   // 1 when components differ in precision, sign or subsampling
#define DC_OPJ_INFO_SIZE 8

// The messages OpenJPEG reported, kept for the error text.
struct dc_opj_messages {
    char text[1024];
    size_t used;
};

static void dc_opj_on_error(const char* msg, void* user) {
    dc_opj_messages* m = (dc_opj_messages*) user;
    size_t n = strlen(msg);
    while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' ')) n--;
    if (m->used + n + 3 < sizeof m->text) {
        if (m->used > 0) { m->text[m->used++] = ';'; m->text[m->used++] = ' '; }
        memcpy(m->text + m->used, msg, n);
        m->used += n;
        m->text[m->used] = 0;
    }
}

static void dc_opj_quiet(const char* msg, void* user) {
    (void) msg;
    (void) user;
}

static void dc_opj_copy_error(const dc_opj_messages* m, const char* fallback, char* err, int32_t err_cap) {
    if (err == NULL || err_cap <= 0) return;
    const char* src = m->used > 0 ? m->text : fallback;
    snprintf(err, (size_t) err_cap, "%s", src);
}

// ---- reading from memory --------------------------------------------------------------------

struct dc_opj_source {
    const uint8_t* data;
    OPJ_UINT64 length;
    OPJ_UINT64 pos;
};

static OPJ_SIZE_T dc_opj_read(void* buffer, OPJ_SIZE_T n, void* user) {
    dc_opj_source* s = (dc_opj_source*) user;
    if (s->pos >= s->length) return (OPJ_SIZE_T) -1;
    OPJ_UINT64 left = s->length - s->pos;
    OPJ_SIZE_T k = n < left ? n : (OPJ_SIZE_T) left;
    memcpy(buffer, s->data + s->pos, k);
    s->pos += k;
    return k;
}

static OPJ_OFF_T dc_opj_skip(OPJ_OFF_T n, void* user) {
    dc_opj_source* s = (dc_opj_source*) user;
    if (n < 0) {
        if ((OPJ_UINT64) (-n) > s->pos) return -1;
        s->pos -= (OPJ_UINT64) (-n);
        return n;
    }
    OPJ_UINT64 left = s->length - s->pos;
    OPJ_UINT64 k = (OPJ_UINT64) n < left ? (OPJ_UINT64) n : left;
    s->pos += k;
    return (OPJ_OFF_T) k;
}

static OPJ_BOOL dc_opj_seek(OPJ_OFF_T to, void* user) {
    dc_opj_source* s = (dc_opj_source*) user;
    if (to < 0 || (OPJ_UINT64) to > s->length) return OPJ_FALSE;
    s->pos = (OPJ_UINT64) to;
    return OPJ_TRUE;
}

static opj_stream_t* dc_opj_input(dc_opj_source* src) {
    opj_stream_t* st = opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE);
    if (st == NULL) return NULL;
    opj_stream_set_user_data(st, src, NULL);
    opj_stream_set_user_data_length(st, src->length);
    opj_stream_set_read_function(st, dc_opj_read);
    opj_stream_set_skip_function(st, dc_opj_skip);
    opj_stream_set_seek_function(st, dc_opj_seek);
    return st;
}

// A JP2 file starts with the 12-byte signature box.
static int dc_opj_is_jp2(const uint8_t* p, long n) {
    static const uint8_t sig[12] = {0, 0, 0, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A};
    return n >= 12 && memcmp(p, sig, 12) == 0;
}

static void dc_opj_fill_info(const opj_image_t* img, int jp2, int32_t* info) {
    info[DC_OPJ_INFO_COMPONENTS] = (int32_t) img->numcomps;
    info[DC_OPJ_INFO_WIDTH] = (int32_t) (img->x1 - img->x0);
    info[DC_OPJ_INFO_HEIGHT] = (int32_t) (img->y1 - img->y0);
    info[DC_OPJ_INFO_PRECISION] = img->numcomps > 0 ? (int32_t) img->comps[0].prec : 0;
    info[DC_OPJ_INFO_SIGNED] = img->numcomps > 0 ? (int32_t) img->comps[0].sgnd : 0;
    info[DC_OPJ_INFO_COLOR_SPACE] = (int32_t) img->color_space;
    info[DC_OPJ_INFO_JP2] = jp2;
    int uneven = 0;
    for (OPJ_UINT32 c = 1; c < img->numcomps; c++) {
        const opj_image_comp_t* a = &img->comps[0];
        const opj_image_comp_t* b = &img->comps[c];
        if (a->prec != b->prec || a->sgnd != b->sgnd || a->dx != b->dx || a->dy != b->dy) uneven = 1;
    }
    if (img->numcomps > 0 && (img->comps[0].dx != 1 || img->comps[0].dy != 1)) uneven = 1;
    info[DC_OPJ_INFO_UNEVEN] = uneven;
}

// ---- the abort guard ------------------------------------------------------------------------
// OpenJPEG as Debian builds it keeps its assert()s, and a malformed HTJ2K code-block trips one
// (ht_dec.c mel_init; found by fuzzing, NativeDecoderFuzzTest#htj2k): abort() would kill the
// whole JVM, every call in flight with it. So a decode runs under a guard: SIGABRT raised on
// the decoding thread while it is inside OpenJPEG jumps back to dc_opj_decode, which refuses
// the frame. glibc's abort() allows a handler that does not return (it resets its state
// before raising). What OpenJPEG had allocated for that frame is left behind (its state is
// unknown): a leak bounded by one frame, against a dead process. SIGABRT anywhere else goes
// on to the handler that was there before (the JVM's, or libFuzzer's). OpenJPEG worker
// threads (dicodec.j2k.threads > 1, not the default) are not guarded.
static thread_local sigjmp_buf* dc_opj_guard = NULL;
static struct sigaction dc_opj_previous_abort;
static pthread_once_t dc_opj_guard_once = PTHREAD_ONCE_INIT;

static void dc_opj_on_abort(int sig, siginfo_t* si, void* ctx) {
    sigjmp_buf* g = dc_opj_guard;
    if (g != NULL) {
        dc_opj_guard = NULL;
        siglongjmp(*g, 1);
    }
    if (dc_opj_previous_abort.sa_flags & SA_SIGINFO) {
        if (dc_opj_previous_abort.sa_sigaction != NULL) dc_opj_previous_abort.sa_sigaction(sig, si, ctx);
    } else if (dc_opj_previous_abort.sa_handler != SIG_DFL && dc_opj_previous_abort.sa_handler != SIG_IGN) {
        dc_opj_previous_abort.sa_handler(sig);
    }
    // SIG_DFL: returning lets abort() go on to the default action
}

static void dc_opj_install_guard(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = dc_opj_on_abort;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGABRT, &sa, &dc_opj_previous_abort);
}

// Decodes one J2K codestream or JP2 file into dst: samples of bytes_per_sample (1, 2 or 4)
// Little Endian, colour by pixel, each the component's value (sign extended over the whole
// sample when the component is signed). When the image is not components x width x height as
// expected (or its components are uneven), returns DC_OPJ_MISMATCH with info filled and dst
// untouched. threads > 1 lets OpenJPEG decode code-blocks in parallel.
static int32_t dc_opj_decode_unguarded(const uint8_t* src, long src_len, uint8_t* dst, long dst_len,
        int32_t bytes_per_sample, int32_t expect_components, int32_t expect_width, int32_t expect_height,
        int32_t threads, int32_t* info, char* err, int32_t err_cap) {
    dc_opj_messages msgs;
    msgs.used = 0;
    msgs.text[0] = 0;
    int jp2 = dc_opj_is_jp2(src, src_len);
    dc_opj_source source = {src, (OPJ_UINT64) src_len, 0};
    opj_codec_t* codec = opj_create_decompress(jp2 ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K);
    opj_stream_t* stream = dc_opj_input(&source);
    opj_image_t* img = NULL;
    int32_t rc = DC_OPJ_ERROR;
    opj_dparameters_t params;
    if (codec == NULL || stream == NULL) {
        dc_opj_on_error("out of memory", &msgs);
        goto done;
    }
    opj_set_error_handler(codec, dc_opj_on_error, &msgs);
    opj_set_warning_handler(codec, dc_opj_quiet, NULL);
    opj_set_info_handler(codec, dc_opj_quiet, NULL);
    opj_set_default_decoder_parameters(&params);
    if (!opj_setup_decoder(codec, &params)) goto done;
    if (threads > 1) opj_codec_set_threads(codec, threads);
    if (!opj_read_header(stream, codec, &img)) goto done;
    dc_opj_fill_info(img, jp2, info);
    if (info[DC_OPJ_INFO_COMPONENTS] != expect_components || info[DC_OPJ_INFO_WIDTH] != expect_width
            || info[DC_OPJ_INFO_HEIGHT] != expect_height || info[DC_OPJ_INFO_UNEVEN]) {
        rc = DC_OPJ_MISMATCH;
        goto done;
    }
    if (!opj_decode(codec, stream, img) || !opj_end_decompress(codec, stream)) goto done;
    // A JP2 palette (pclr) may have changed the components: check again.
    dc_opj_fill_info(img, jp2, info);
    if (info[DC_OPJ_INFO_COMPONENTS] != expect_components || info[DC_OPJ_INFO_UNEVEN]) {
        rc = DC_OPJ_MISMATCH;
        goto done;
    }
    {
        const OPJ_UINT32 n = img->numcomps;
        const size_t pixels = (size_t) expect_width * (size_t) expect_height;
        if ((size_t) dst_len < pixels * n * (size_t) bytes_per_sample) {
            dc_opj_on_error("destination buffer too small", &msgs);
            goto done;
        }
        for (OPJ_UINT32 c = 0; c < n; c++) {
            const OPJ_INT32* d = img->comps[c].data;
            if (d == NULL) {
                dc_opj_on_error("a component has no data", &msgs);
                goto done;
            }
            if (bytes_per_sample == 1) {
                uint8_t* o = dst + c;
                for (size_t i = 0; i < pixels; i++, o += n) *o = (uint8_t) d[i];
            } else if (bytes_per_sample == 2) {
                uint8_t* o = dst + 2 * c;
                for (size_t i = 0; i < pixels; i++, o += 2 * n) {
                    uint32_t v = (uint32_t) d[i];
                    o[0] = (uint8_t) v;
                    o[1] = (uint8_t) (v >> 8);
                }
            } else {
                uint8_t* o = dst + 4 * c;
                for (size_t i = 0; i < pixels; i++, o += 4 * n) {
                    uint32_t v = (uint32_t) d[i];
                    o[0] = (uint8_t) v;
                    o[1] = (uint8_t) (v >> 8);
                    o[2] = (uint8_t) (v >> 16);
                    o[3] = (uint8_t) (v >> 24);
                }
            }
        }
    }
    rc = DC_OPJ_OK;
done:
    if (rc == DC_OPJ_ERROR) dc_opj_copy_error(&msgs, "OpenJPEG could not decode the stream", err, err_cap);
    if (img != NULL) opj_image_destroy(img);
    if (stream != NULL) opj_stream_destroy(stream);
    if (codec != NULL) opj_destroy_codec(codec);
    return rc;
}

// dc_opj_decode_unguarded under the abort guard (see above): an assertion inside OpenJPEG
// gives DC_OPJ_ERROR with a message instead of the end of the process.
static int32_t dc_opj_decode(const uint8_t* src, long src_len, uint8_t* dst, long dst_len, int32_t bytes_per_sample,
        int32_t expect_components, int32_t expect_width, int32_t expect_height, int32_t threads, int32_t* info,
        char* err, int32_t err_cap) {
    pthread_once(&dc_opj_guard_once, dc_opj_install_guard);
    sigjmp_buf jump;
    if (sigsetjmp(jump, 1) != 0) {
        dc_opj_guard = NULL;
        if (err_cap > 0) {
            snprintf(err, (size_t) err_cap, "%s",
                    "OpenJPEG stopped on an internal assertion: the code-block data is malformed");
        }
        return DC_OPJ_ERROR;
    }
    dc_opj_guard = &jump;
    int32_t rc = dc_opj_decode_unguarded(src, src_len, dst, dst_len, bytes_per_sample, expect_components,
            expect_width, expect_height, threads, info, err, err_cap);
    dc_opj_guard = NULL;
    return rc;
}

// ---- writing to memory ----------------------------------------------------------------------

struct dc_opj_sink {
    std::vector<uint8_t> data;
    size_t pos;
};

static OPJ_SIZE_T dc_opj_write(void* buffer, OPJ_SIZE_T n, void* user) {
    dc_opj_sink* s = (dc_opj_sink*) user;
    if (s->pos + n > s->data.size()) s->data.resize(s->pos + n);
    memcpy(s->data.data() + s->pos, buffer, n);
    s->pos += n;
    return n;
}

static OPJ_OFF_T dc_opj_out_skip(OPJ_OFF_T n, void* user) {
    dc_opj_sink* s = (dc_opj_sink*) user;
    if (n < 0 && (size_t) (-n) > s->pos) return -1;
    s->pos += n;
    if (s->pos > s->data.size()) s->data.resize(s->pos);
    return n;
}

static OPJ_BOOL dc_opj_out_seek(OPJ_OFF_T to, void* user) {
    dc_opj_sink* s = (dc_opj_sink*) user;
    if (to < 0) return OPJ_FALSE;
    s->pos = (size_t) to;
    if (s->pos > s->data.size()) s->data.resize(s->pos);
    return OPJ_TRUE;
}

// Encodes one frame to a raw J2K codestream (no JP2 header). src holds samples of
// bytes_per_sample (1, 2 or 4) Little Endian, colour by pixel (planar 0) or by plane (planar 1);
// each is taken as its low prec bits, sign extended when sgnd. reversible: 5/3 wavelet (and RCT),
// else 9/7 (and ICT); mct: colour transform on 3 components; rate > 1: target ratio as OpenJPEG
// counts it (prec bits a sample); psnr > 0: target PSNR instead; both 0: all of it (lossless when
// reversible). progression: 0 LRCP ... 4 CPRL. extra may be "TLM=YES" etc. or empty.
// Returns the codestream length copied into dst; minus the length when dst is too small (nothing
// copied: call again with a larger dst); 0 on failure (err says why).
static long dc_opj_encode(const uint8_t* src, long src_len, int32_t width, int32_t height, int32_t components,
        int32_t bytes_per_sample, int32_t prec, int32_t sgnd, int32_t planar, int32_t reversible, int32_t mct,
        float rate, float psnr, int32_t resolutions, int32_t progression, int32_t threads, uint8_t* dst, long dst_cap,
        char* err, int32_t err_cap) {
    dc_opj_messages msgs;
    msgs.used = 0;
    msgs.text[0] = 0;
    const size_t pixels = (size_t) width * (size_t) height;
    if ((size_t) src_len < pixels * components * bytes_per_sample) {
        snprintf(err, (size_t) err_cap, "source holds %ld bytes, less than the frame needs", src_len);
        return 0;
    }
    opj_image_cmptparm_t cp[4];
    memset(cp, 0, sizeof cp);
    for (int c = 0; c < components; c++) {
        cp[c].dx = 1;
        cp[c].dy = 1;
        cp[c].w = (OPJ_UINT32) width;
        cp[c].h = (OPJ_UINT32) height;
        cp[c].prec = (OPJ_UINT32) prec;
        cp[c].sgnd = (OPJ_UINT32) sgnd;
    }
    opj_image_t* img = opj_image_create((OPJ_UINT32) components, cp,
            components == 3 ? OPJ_CLRSPC_SRGB : OPJ_CLRSPC_GRAY);
    if (img == NULL) {
        snprintf(err, (size_t) err_cap, "out of memory");
        return 0;
    }
    img->x0 = 0;
    img->y0 = 0;
    img->x1 = (OPJ_UINT32) width;
    img->y1 = (OPJ_UINT32) height;
    const uint32_t mask = prec >= 32 ? 0xFFFFFFFFu : (1u << prec) - 1u;
    const uint32_t sign = 1u << (prec - 1);
    for (int c = 0; c < components; c++) {
        OPJ_INT32* d = img->comps[c].data;
        size_t step = planar ? 1 : (size_t) components;
        const uint8_t* p = src + (planar ? (size_t) c * pixels : (size_t) c) * bytes_per_sample;
        for (size_t i = 0; i < pixels; i++, p += step * bytes_per_sample) {
            uint32_t v = p[0];
            if (bytes_per_sample >= 2) v |= (uint32_t) p[1] << 8;
            if (bytes_per_sample == 4) v |= (uint32_t) p[2] << 16 | (uint32_t) p[3] << 24;
            v &= mask;
            d[i] = sgnd && (v & sign) ? (OPJ_INT32) (v | ~mask) : (OPJ_INT32) v;
        }
    }
    opj_cparameters_t params;
    opj_set_default_encoder_parameters(&params);
    params.tcp_numlayers = 1;
    params.cp_disto_alloc = 1;
    params.tcp_rates[0] = 0;
    if (psnr > 0) {
        params.cp_disto_alloc = 0;
        params.cp_fixed_quality = 1;
        params.tcp_distoratio[0] = psnr;
    } else if (rate > 1) {
        params.tcp_rates[0] = rate;
    }
    params.irreversible = reversible ? 0 : 1;
    params.tcp_mct = (char) (components == 3 && mct ? 1 : 0);
    params.numresolution = resolutions;
    params.cblockw_init = 64;
    params.cblockh_init = 64;
    params.prog_order = (OPJ_PROG_ORDER) progression;
    opj_codec_t* codec = opj_create_compress(OPJ_CODEC_J2K);
    dc_opj_sink sink;
    sink.pos = 0;
    sink.data.reserve(pixels * components * bytes_per_sample / 2 + 1024);
    opj_stream_t* stream = opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_FALSE);
    long result = 0;
    if (codec == NULL || stream == NULL) {
        dc_opj_on_error("out of memory", &msgs);
        goto done;
    }
    opj_set_error_handler(codec, dc_opj_on_error, &msgs);
    opj_set_warning_handler(codec, dc_opj_quiet, NULL);
    opj_set_info_handler(codec, dc_opj_quiet, NULL);
    opj_stream_set_user_data(stream, &sink, NULL);
    opj_stream_set_write_function(stream, dc_opj_write);
    opj_stream_set_skip_function(stream, dc_opj_out_skip);
    opj_stream_set_seek_function(stream, dc_opj_out_seek);
    if (!opj_setup_encoder(codec, &params, img)) goto done;
    if (threads > 1) opj_codec_set_threads(codec, threads);
    if (!opj_start_compress(codec, img, stream) || !opj_encode(codec, stream) || !opj_end_compress(codec, stream)) {
        goto done;
    }
    if ((long) sink.data.size() > dst_cap) {
        result = -(long) sink.data.size();
    } else {
        memcpy(dst, sink.data.data(), sink.data.size());
        result = (long) sink.data.size();
    }
done:
    if (result == 0) dc_opj_copy_error(&msgs, "OpenJPEG could not encode the frame", err, err_cap);
    if (stream != NULL) opj_stream_destroy(stream);
    if (codec != NULL) opj_destroy_codec(codec);
    opj_image_destroy(img);
    return result;
}

static const char* dc_opj_version() {
    return opj_version();
}

#endif
