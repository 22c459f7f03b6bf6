// dicodec_turbojpeg.h: 8-bit baseline JPEG of one frame with libjpeg-turbo's TurboJPEG API,
// buffers in and out. Included by the JNI code JavaCPP generates for
// dicodec.bindings.turbojpeg.TurboJpeg. Each thread keeps its own compressor and decompressor
// (TurboJPEG handles are not thread safe), made on first use and freed when the thread ends.
#ifndef DICODEC_TURBOJPEG_H
#define DICODEC_TURBOJPEG_H

#include <turbojpeg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

namespace dc_tj {

struct handles {
    tjhandle compressor = NULL;
    tjhandle decompressor = NULL;
    ~handles() {
        if (compressor != NULL) tjDestroy(compressor);
        if (decompressor != NULL) tjDestroy(decompressor);
    }
};

static thread_local handles mine;

static tjhandle decompressor() {
    if (mine.decompressor == NULL) mine.decompressor = tjInitDecompress();
    return mine.decompressor;
}

static tjhandle compressor() {
    if (mine.compressor == NULL) mine.compressor = tjInitCompress();
    return mine.compressor;
}

// Drops the thread's decompressor: after a failed call libjpeg-turbo 2.1 may leave it in the
// middle of a decompression, and every later call on it fails too ("Improper call to JPEG
// library in state ..."), good frames included (found by fuzzing; TurboJpegBadFrameTest).
// The next call makes a fresh one.
static void drop_decompressor() {
    if (mine.decompressor != NULL) {
        tjDestroy(mine.decompressor);
        mine.decompressor = NULL;
    }
}

// A warning (a premature end of data, say) still leaves a whole image: only errors fail. After
// either, the decompressor is dropped (above).
static int failed(tjhandle h, int rc, char* err, int32_t err_cap) {
    if (rc == 0) return 0;
    int warning = tjGetErrorCode(h) == TJERR_WARNING;
    if (!warning) snprintf(err, (size_t) err_cap, "%s", tjGetErrorStr2(h));
    if (h == mine.decompressor) drop_decompressor();
    return warning ? 0 : 1;
}

}  // namespace dc_tj

// Reads the header: info receives width, height, subsampling (TJSAMP_*), colour space (TJCS_*).
// Returns 0, or 1 with the message in err.
static int32_t dc_tj_header(const uint8_t* src, long src_len, int32_t* info, char* err, int32_t err_cap) {
    tjhandle h = dc_tj::decompressor();
    if (h == NULL) {
        snprintf(err, (size_t) err_cap, "%s", tjGetErrorStr2(NULL));
        return 1;
    }
    int w = 0, ht = 0, sub = 0, cs = 0;
    int rc = tjDecompressHeader3(h, src, (unsigned long) src_len, &w, &ht, &sub, &cs);
    if (dc_tj::failed(h, rc, err, err_cap)) return 1;
    info[0] = w;
    info[1] = ht;
    info[2] = sub;
    info[3] = cs;
    return 0;
}

// Decodes to grey (components 1) or RGB by pixel (components 3): YCbCr streams are converted,
// RGB ones are not (TurboJPEG follows the stream's colour space). Returns 0, or 1 with err.
static int32_t dc_tj_decode(const uint8_t* src, long src_len, uint8_t* dst, int32_t width, int32_t height,
        int32_t components, char* err, int32_t err_cap) {
    tjhandle h = dc_tj::decompressor();
    if (h == NULL) {
        snprintf(err, (size_t) err_cap, "%s", tjGetErrorStr2(NULL));
        return 1;
    }
    int rc = tjDecompress2(h, src, (unsigned long) src_len, dst, width, 0, height,
            components == 1 ? TJPF_GRAY : TJPF_RGB, TJFLAG_ACCURATEDCT);
    return dc_tj::failed(h, rc, err, err_cap);
}

// Encodes: components 1 (grey), or 3 from RGB by pixel (converted to YCbCr, subsampled as
// subsamp says), or 3 from YCbCr planes (from_planes: src holds Y, Cb, Cr planes, coded 4:4:4
// without conversion). Returns the length written into dst (dst_cap from dc_tj_buf_size), or 0
// with err.
static long dc_tj_encode(const uint8_t* src, int32_t width, int32_t height, int32_t components, int32_t subsamp,
        int32_t from_planes, int32_t quality, uint8_t* dst, long dst_cap, char* err, int32_t err_cap) {
    tjhandle h = dc_tj::compressor();
    if (h == NULL) {
        snprintf(err, (size_t) err_cap, "%s", tjGetErrorStr2(NULL));
        return 0;
    }
    unsigned char* out = dst;
    unsigned long size = (unsigned long) dst_cap;
    int flags = TJFLAG_NOREALLOC | TJFLAG_ACCURATEDCT;
    int rc;
    if (from_planes) {
        const size_t plane = (size_t) width * (size_t) height;
        const unsigned char* planes[3] = {src, src + plane, src + 2 * plane};
        rc = tjCompressFromYUVPlanes(h, planes, width, NULL, height, TJSAMP_444, &out, &size, quality, flags);
    } else {
        rc = tjCompress2(h, src, width, 0, height, components == 1 ? TJPF_GRAY : TJPF_RGB, &out, &size,
                components == 1 ? TJSAMP_GRAY : subsamp, quality, flags);
    }
    if (dc_tj::failed(h, rc, err, err_cap)) return 0;
    return (long) size;
}

// The largest stream TurboJPEG can write for this frame.
static long dc_tj_buf_size(int32_t width, int32_t height, int32_t subsamp) {
    return (long) tjBufSize(width, height, subsamp);
}

#endif
