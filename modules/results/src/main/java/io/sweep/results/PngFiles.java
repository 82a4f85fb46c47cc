package io.sweep.results;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/** Writes a PNG atomically, without ImageIO's temporary cache file. */
final class PngFiles {
    /**
     * The JDK's PNG writer turns quality q into deflate level 9 - round(9q): 0.75 is level 2.
     * Plots are mostly flat colour, where a low level already compresses well and is several
     * times faster than level 9 (see {@code ResultsBenchmark}).
     */
    private static final float COMPRESSION_QUALITY = 0.75f;

    private PngFiles() {
    }

    static void write(Path png, BufferedImage image) throws IOException {
        AtomicFiles.write(png, out -> {
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
            if (!writers.hasNext()) {
                throw new IOException("this Java runtime has no PNG writer");
            }
            ImageWriter writer = writers.next();
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(COMPRESSION_QUALITY);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
        });
    }
}
