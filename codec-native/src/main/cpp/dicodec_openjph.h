// dicodec_openjph.h: HTJ2K (ISO 15444-15) encoding of one frame with OpenJPH, memory buffers in
// and out. Included by the JNI code JavaCPP generates for dicodec.bindings.openjph.OpenJph.
// OpenJPH reports errors through a process-wide handler: ours formats the message into a
// thread-local buffer and throws, and the encode function catches it, so each call stays on
// its own thread with its own codestream object.
#ifndef DICODEC_OPENJPH_H
#define DICODEC_OPENJPH_H

#include <openjph/ojph_arch.h>
#include <openjph/ojph_codestream.h>
#include <openjph/ojph_file.h>
#include <openjph/ojph_mem.h>
#include <openjph/ojph_message.h>
#include <openjph/ojph_params.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <mutex>
#include <stdexcept>

namespace dc_ojph {

static thread_local char last_error[512];

class error_to_exception : public ojph::message_error {
public:
    void operator()(int code, const char* file, int line, const char* fmt, ...) override {
        (void) file;
        (void) line;
        va_list args;
        va_start(args, fmt);
        int n = snprintf(last_error, sizeof last_error, "OpenJPH error 0x%x: ", code);
        if (n > 0 && (size_t) n < sizeof last_error) vsnprintf(last_error + n, sizeof last_error - n, fmt, args);
        va_end(args);
        throw std::runtime_error(last_error);
    }
};

class quiet_warning : public ojph::message_warning {
public:
    void operator()(int, const char*, int, const char*, ...) override {}
};

class quiet_info : public ojph::message_info {
public:
    void operator()(int, const char*, int, const char*, ...) override {}
};

static void configure_messages() {
    static std::once_flag once;
    std::call_once(once, [] {
        static error_to_exception e;
        static quiet_warning w;
        static quiet_info i;
        ojph::configure_error(&e);
        ojph::configure_warning(&w);
        ojph::configure_info(&i);
    });
}

}  // namespace dc_ojph

// Encodes one frame to an HTJ2K codestream. src: samples of bytes_per_sample (1 or 2) Little
// Endian, colour by pixel (planar 0) or by plane (planar 1), each taken as its low prec bits,
// sign extended when sgnd. reversible: 5/3 (lossless); else 9/7 with quantisation step qstep.
// mct: colour transform on 3 components. rpcl: RPCL progression, else LRCP. Returns the length
// copied into dst; minus the length when dst is too small (nothing copied); 0 on failure.
static long dc_ojph_encode(const uint8_t* src, long src_len, int32_t width, int32_t height, int32_t components,
        int32_t bytes_per_sample, int32_t prec, int32_t sgnd, int32_t planar, int32_t reversible, int32_t mct,
        float qstep, int32_t decompositions, int32_t rpcl, uint8_t* dst, long dst_cap, char* err, int32_t err_cap) {
    dc_ojph::configure_messages();
    const size_t pixels = (size_t) width * (size_t) height;
    if ((size_t) src_len < pixels * components * bytes_per_sample) {
        snprintf(err, (size_t) err_cap, "source holds %ld bytes, less than the frame needs", src_len);
        return 0;
    }
    try {
        ojph::codestream cs;
        ojph::param_siz siz = cs.access_siz();
        siz.set_image_extent(ojph::point((ojph::ui32) width, (ojph::ui32) height));
        siz.set_num_components((ojph::ui32) components);
        for (int c = 0; c < components; c++) {
            siz.set_component((ojph::ui32) c, ojph::point(1, 1), (ojph::ui32) prec, sgnd != 0);
        }
        siz.set_image_offset(ojph::point(0, 0));
        siz.set_tile_size(ojph::size((ojph::ui32) width, (ojph::ui32) height));
        siz.set_tile_offset(ojph::point(0, 0));
        ojph::param_cod cod = cs.access_cod();
        cod.set_num_decomposition((ojph::ui32) decompositions);
        cod.set_block_dims(64, 64);
        cod.set_progression_order(rpcl ? "RPCL" : "LRCP");
        cod.set_color_transform(components == 3 && mct != 0);
        cod.set_reversible(reversible != 0);
        if (!reversible) cs.access_qcd().set_irrev_quant(qstep);
        cs.set_planar(false);
        ojph::mem_outfile out;
        out.open(pixels * components * bytes_per_sample / 2 + 4096);
        cs.write_headers(&out);
        const uint32_t mask = prec >= 32 ? 0xFFFFFFFFu : (1u << prec) - 1u;
        const uint32_t sign = 1u << (prec - 1);
        ojph::ui32 next = 0;
        ojph::line_buf* line = cs.exchange(NULL, next);
        for (int32_t y = 0; y < height; y++) {
            for (int c = 0; c < components; c++) {
                ojph::si32* d = line->i32;
                const size_t first = planar ? (size_t) next * pixels + (size_t) y * width
                                            : ((size_t) y * width) * components + next;
                const size_t step = planar ? 1 : (size_t) components;
                const uint8_t* p = src + first * bytes_per_sample;
                for (int32_t x = 0; x < width; x++, p += step * bytes_per_sample) {
                    uint32_t v = bytes_per_sample == 1 ? p[0] : (uint32_t) p[0] | (uint32_t) p[1] << 8;
                    v &= mask;
                    d[x] = sgnd && (v & sign) ? (ojph::si32) (v | ~mask) : (ojph::si32) v;
                }
                line = cs.exchange(line, next);
            }
        }
        cs.flush();
        long n = (long) out.tell();
        long result = n > dst_cap ? -n : n;
        if (n <= dst_cap) memcpy(dst, out.get_data(), (size_t) n);
        cs.close();
        return result;
    } catch (const std::exception& e) {
        snprintf(err, (size_t) err_cap, "%s", e.what());
        return 0;
    }
}

#endif
