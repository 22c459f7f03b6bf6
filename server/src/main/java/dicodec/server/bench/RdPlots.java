package dicodec.server.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/**
 * Rate-distortion plots: per lossy syntax and image, PSNR against compressed bits per pixel,
 * one line per tool (dicodec and each peer), from the sweep's measured points. PNG, XChart.
 */
final class RdPlots {
    private RdPlots() {
    }

    /** The file name of the plot of one syntax and image. */
    static String fileName(BenchSyntax syntax, BenchImage image) {
        return "rd-" + syntax.shortName() + "-" + image.id() + ".png";
    }

    /** Writes every plot that has at least one finite point; returns their file names by key. */
    static Map<String, String> write(BenchHarness.Outcome o, Path dir) throws IOException {
        Map<String, String> written = new LinkedHashMap<>();
        for (BenchSyntax syntax : o.settings().syntaxes()) {
            if (!syntax.lossy()) {
                continue;
            }
            for (BenchImage image : o.images()) {
                Map<String, List<ToolResult>> byTool = new LinkedHashMap<>();
                for (ToolResult r : o.results()) {
                    if (r.syntax == syntax && r.image == image && !r.failed() && r.compressedBytes > 0
                            && Double.isFinite(r.psnr) && !r.tool.contains("CLI")) {
                        byTool.computeIfAbsent(r.tool, k -> new ArrayList<>()).add(r);
                    }
                }
                if (byTool.isEmpty()) {
                    continue;
                }
                XYChart chart = new XYChartBuilder().width(720).height(460)
                        .title(syntax.syntax().name() + ": " + image.id() + " (" + image.shape() + ")")
                        .xAxisTitle("compressed bits per pixel").yAxisTitle("PSNR (dB)").build();
                chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                chart.getStyler().setMarkerSize(7);
                for (Map.Entry<String, List<ToolResult>> e : byTool.entrySet()) {
                    List<ToolResult> pts = new ArrayList<>(e.getValue());
                    pts.sort(Comparator.comparingDouble(ToolResult::bitsPerPixel));
                    double[] x = pts.stream().mapToDouble(ToolResult::bitsPerPixel).toArray();
                    double[] y = pts.stream().mapToDouble(r -> r.psnr).toArray();
                    chart.addSeries(e.getKey(), x, y);
                }
                String name = fileName(syntax, image);
                BitmapEncoder.saveBitmap(chart, dir.resolve(name).toString(), BitmapEncoder.BitmapFormat.PNG);
                written.put(syntax.shortName() + "/" + image.id(), name);
            }
        }
        return written;
    }
}
