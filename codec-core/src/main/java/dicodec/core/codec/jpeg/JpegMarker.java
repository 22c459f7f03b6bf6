package dicodec.core.codec.jpeg;

/** The marker codes of ISO 10918-1 (T.81 Table B.1) that a DICOM JPEG stream can hold. */
public final class JpegMarker {
    public static final int SOF0 = 0xC0;
    public static final int SOF1 = 0xC1;
    public static final int SOF2 = 0xC2;
    public static final int SOF3 = 0xC3;
    public static final int DHT = 0xC4;
    public static final int JPG = 0xC8;
    public static final int DAC = 0xCC;
    public static final int RST0 = 0xD0;
    public static final int RST7 = 0xD7;
    public static final int SOI = 0xD8;
    public static final int EOI = 0xD9;
    public static final int SOS = 0xDA;
    public static final int DQT = 0xDB;
    public static final int DNL = 0xDC;
    public static final int DRI = 0xDD;
    public static final int DHP = 0xDE;
    public static final int EXP = 0xDF;
    public static final int APP0 = 0xE0;
    public static final int APP14 = 0xEE;
    public static final int APP15 = 0xEF;
    public static final int COM = 0xFE;
    public static final int TEM = 0x01;

    private JpegMarker() {
    }

    /** SOF0-3, 5-7, 9-11, 13-15: C4 (DHT), C8 (JPG) and CC (DAC) are not frame headers. */
    public static boolean isSof(int m) {
        return m >= 0xC0 && m <= 0xCF && m != DHT && m != JPG && m != DAC;
    }

    public static boolean isRst(int m) {
        return m >= RST0 && m <= RST7;
    }

    /** "SOF3", "DHT", "RST5", "APP14" ...: the names T.81 uses, for messages. */
    public static String name(int m) {
        if (isSof(m)) {
            return "SOF" + (m - 0xC0);
        }
        if (isRst(m)) {
            return "RST" + (m - RST0);
        }
        if (m >= APP0 && m <= APP15) {
            return "APP" + (m - APP0);
        }
        switch (m) {
            case DHT: return "DHT";
            case JPG: return "JPG";
            case DAC: return "DAC";
            case SOI: return "SOI";
            case EOI: return "EOI";
            case SOS: return "SOS";
            case DQT: return "DQT";
            case DNL: return "DNL";
            case DRI: return "DRI";
            case DHP: return "DHP";
            case EXP: return "EXP";
            case COM: return "COM";
            case TEM: return "TEM";
            default: return String.format("FF%02X", m);
        }
    }
}
