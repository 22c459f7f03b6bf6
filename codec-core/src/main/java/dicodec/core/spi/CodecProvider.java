package dicodec.core.spi;

import java.util.List;

/**
 * Several codecs from one class, for backends that serve a family of syntaxes the same way
 * (the video syntaxes .100 to .106 and their fragmentable variants). Found with
 * {@link java.util.ServiceLoader} (META-INF/services/dicodec.core.spi.CodecProvider) beside
 * plain {@link Codec} providers.
 */
public interface CodecProvider {
    List<Codec> codecs();
}
