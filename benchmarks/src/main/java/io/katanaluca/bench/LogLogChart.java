package io.katanaluca.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** A PNG line chart with logarithmic axes, drawn with Java2D (no charting library). */
final class LogLogChart {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 600;
    private static final int LEFT = 80;
    private static final int RIGHT = 250;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    record Point(double x, double y) {
    }

    record Series(String name, Color color, boolean dashed, List<Point> points) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;

    LogLogChart(String title, String xLabel, String yLabel, List<Series> series) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.series = series;
        List<Point> all = series.stream().flatMap(s -> s.points().stream()).filter(p -> p.x() > 0 && p.y() > 0).toList();
        // Half a decade of room on each side, so no point sits on the frame.
        xMin = decadeBelow(all.stream().mapToDouble(Point::x).min().orElse(1) / 3);
        xMax = decadeAbove(all.stream().mapToDouble(Point::x).max().orElse(10) * 3);
        yMin = decadeBelow(all.stream().mapToDouble(Point::y).min().orElse(1) / 3);
        yMax = decadeAbove(all.stream().mapToDouble(Point::y).max().orElse(10) * 3);
    }

    void writePng(Path file) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            grid(g);
            series.forEach(s -> draw(g, s));
            legend(g);
        } finally {
            g.dispose();
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private void grid(Graphics2D g) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double x = xMin; x <= xMax * 1.0001; x *= 10) {
            line(g, new Color(225, 225, 225), px(x), TOP, px(x), HEIGHT - BOTTOM);
            g.setColor(Color.DARK_GRAY);
            g.drawString(label(x), px(x) - 15, HEIGHT - BOTTOM + 18);
        }
        for (double y = yMin; y <= yMax * 1.0001; y *= 10) {
            line(g, new Color(225, 225, 225), LEFT, py(y), WIDTH - RIGHT, py(y));
            g.setColor(Color.DARK_GRAY);
            g.drawString(label(y), LEFT - 55, py(y) + 4);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
        g.drawString(xLabel, LEFT + (WIDTH - LEFT - RIGHT) / 2 - 40, HEIGHT - 20);
        g.drawString(yLabel, 10, TOP - 10);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, LEFT, 28);
    }

    private void draw(Graphics2D g, Series s) {
        g.setColor(s.color());
        g.setStroke(s.dashed() ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f)
                : new BasicStroke(2f));
        Path2D path = new Path2D.Double();
        List<Point> points = s.points().stream().filter(p -> p.x() > 0 && p.y() > 0).toList();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (i == 0) {
                path.moveTo(px(p.x()), py(p.y()));
            } else {
                path.lineTo(px(p.x()), py(p.y()));
            }
            g.fillOval(px(p.x()) - 4, py(p.y()) - 4, 8, 8);
        }
        g.draw(path);
        g.setStroke(new BasicStroke(1f));
    }

    private void legend(Graphics2D g) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int y = TOP + 10;
        for (Series s : series) {
            g.setColor(s.color());
            g.setStroke(s.dashed() ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f)
                    : new BasicStroke(2f));
            g.drawLine(WIDTH - RIGHT + 15, y, WIDTH - RIGHT + 45, y);
            g.setStroke(new BasicStroke(1f));
            g.setColor(Color.BLACK);
            g.drawString(s.name(), WIDTH - RIGHT + 52, y + 4);
            y += 22;
        }
    }

    private static void line(Graphics2D g, Color color, int x1, int y1, int x2, int y2) {
        g.setColor(color);
        g.drawLine(x1, y1, x2, y2);
    }

    private int px(double x) {
        return LEFT + (int) Math.round((Math.log10(x) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin)) * (WIDTH - LEFT - RIGHT));
    }

    private int py(double y) {
        return HEIGHT - BOTTOM - (int) Math.round((Math.log10(y) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin)) * (HEIGHT - TOP - BOTTOM));
    }

    static double decadeBelow(double value) {
        return Math.pow(10, Math.floor(Math.log10(value)));
    }

    static double decadeAbove(double value) {
        double decade = Math.pow(10, Math.ceil(Math.log10(value)));
        return decade == decadeBelow(value) ? decade * 10 : decade;
    }

    private static String label(double value) {
        return value >= 1 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%s", value);
    }
}
