// dicodec_charls.h: JPEG-LS encode and decode of one frame with CharLS 2.x, buffers in and out.
// Included by the JNI code that JavaCPP generates for dicodec.bindings.charls.CharLS; the whole
// call runs in C, so no Java callback crosses JNI. Each call makes and frees its own CharLS
// encoder or decoder: nothing is shared between threads.
#ifndef DICODEC_CHARLS_H
#define DICODEC_CHARLS_H

#include <charls/charls.h>
#include <stdint.h>
#include <string.h>

// Reads the header. info receives width, height, bits per sample, components, NEAR (of
// component 0), interleave mode (0 none, 1 line, 2 sample), colour transformation (HP, 0 none).
// Returns 0 or a CharLS error code.
static inline int dc_jls_read_header(const uint8_t* src, long src_len, int32_t* info) {
    charls_jpegls_decoder* d = charls_jpegls_decoder_create();
    if (d == NULL) {
        return (int) charls_jpegls_errc::not_enough_memory;
    }
    int rc = (int) charls_jpegls_decoder_set_source_buffer(d, src, (size_t) src_len);
    if (rc == 0) rc = (int) charls_jpegls_decoder_read_header(d);
    charls_frame_info fi;
    memset(&fi, 0, sizeof fi);
    if (rc == 0) rc = (int) charls_jpegls_decoder_get_frame_info(d, &fi);
    int32_t near_value = 0;
    if (rc == 0) rc = (int) charls_jpegls_decoder_get_near_lossless(d, 0, &near_value);
    charls_interleave_mode ilv = charls_interleave_mode::none;
    if (rc == 0) rc = (int) charls_jpegls_decoder_get_interleave_mode(d, &ilv);
    charls_color_transformation ct = charls_color_transformation::none;
    if (rc == 0) rc = (int) charls_jpegls_decoder_get_color_transformation(d, &ct);
    if (rc == 0) {
        info[0] = (int32_t) fi.width;
        info[1] = (int32_t) fi.height;
        info[2] = fi.bits_per_sample;
        info[3] = fi.component_count;
        info[4] = near_value;
        info[5] = (int32_t) ilv;
        info[6] = (int32_t) ct;
    }
    charls_jpegls_decoder_destroy(d);
    return rc;
}

// Decodes into dst: samples of 1 byte (bits <= 8) or 2 bytes little endian (bits > 8),
// colour-by-pixel for interleave modes line and sample, colour-by-plane for mode none.
// Returns 0 or a CharLS error code (destination too small included).
static inline int dc_jls_decode(const uint8_t* src, long src_len, uint8_t* dst, long dst_len) {
    charls_jpegls_decoder* d = charls_jpegls_decoder_create();
    if (d == NULL) {
        return (int) charls_jpegls_errc::not_enough_memory;
    }
    int rc = (int) charls_jpegls_decoder_set_source_buffer(d, src, (size_t) src_len);
    if (rc == 0) rc = (int) charls_jpegls_decoder_read_header(d);
    if (rc == 0) rc = (int) charls_jpegls_decoder_decode_to_buffer(d, dst, (size_t) dst_len, 0);
    charls_jpegls_decoder_destroy(d);
    return rc;
}

// Encodes src (same layout as dc_jls_decode writes) into dst. Returns the bytes written, or
// minus a CharLS error code (buffer too small: -(int) destination_buffer_too_small).
static inline long dc_jls_encode(const uint8_t* src, long src_len, int32_t width, int32_t height,
        int32_t bits, int32_t components, int32_t interleave, int32_t near_value, uint8_t* dst, long dst_cap) {
    charls_jpegls_encoder* e = charls_jpegls_encoder_create();
    if (e == NULL) {
        return -(long) charls_jpegls_errc::not_enough_memory;
    }
    charls_frame_info fi;
    fi.width = (uint32_t) width;
    fi.height = (uint32_t) height;
    fi.bits_per_sample = bits;
    fi.component_count = components;
    int rc = (int) charls_jpegls_encoder_set_frame_info(e, &fi);
    if (rc == 0 && components > 1) {
        rc = (int) charls_jpegls_encoder_set_interleave_mode(e, (charls_interleave_mode) interleave);
    }
    if (rc == 0) rc = (int) charls_jpegls_encoder_set_near_lossless(e, near_value);
    if (rc == 0) rc = (int) charls_jpegls_encoder_set_destination_buffer(e, dst, (size_t) dst_cap);
    if (rc == 0) rc = (int) charls_jpegls_encoder_encode_from_buffer(e, src, (size_t) src_len, 0);
    size_t written = 0;
    if (rc == 0) rc = (int) charls_jpegls_encoder_get_bytes_written(e, &written);
    charls_jpegls_encoder_destroy(e);
    return rc == 0 ? (long) written : -(long) rc;
}

// The bound a JPEG-LS stream of this frame can reach (CharLS's own estimate).
static inline long dc_jls_max_encoded_size(int32_t width, int32_t height, int32_t bits, int32_t components,
        int32_t interleave) {
    charls_jpegls_encoder* e = charls_jpegls_encoder_create();
    if (e == NULL) {
        return -1;
    }
    charls_frame_info fi;
    fi.width = (uint32_t) width;
    fi.height = (uint32_t) height;
    fi.bits_per_sample = bits;
    fi.component_count = components;
    size_t size = 0;
    int rc = (int) charls_jpegls_encoder_set_frame_info(e, &fi);
    if (rc == 0 && components > 1) {
        rc = (int) charls_jpegls_encoder_set_interleave_mode(e, (charls_interleave_mode) interleave);
    }
    if (rc == 0) rc = (int) charls_jpegls_encoder_get_estimated_destination_size(e, &size);
    charls_jpegls_encoder_destroy(e);
    return rc == 0 ? (long) size : -(long) rc;
}

// CharLS's message for an error code.
static inline const char* dc_jls_error_message(int32_t code) {
    return charls_get_error_message((charls_jpegls_errc) code);
}

#endif
