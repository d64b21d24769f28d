import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the sample product photos of this folder with Java2D, deterministically:
 * {@code java samples/photos/MakePhotos.java samples/photos}. Made for this project and
 * released under CC0 1.0 (see LICENSE).
 */
public class MakePhotos {

	static final int SIZE = 800;

	public static void main(String[] args) throws IOException {
		File folder = new File(args.length > 0 ? args[0] : ".");
		ImageIO.write(headphones(), "png", new File(folder, "headphones.png"));
		jpeg(cup(), new File(folder, "cup.jpg"));
		ImageIO.write(cleanser(), "png", new File(folder, "cleanser.png"));
		jpeg(teaTin(), new File(folder, "tea-tin.jpg"));
	}

	/** Over-ear headphones on a transparent background. */
	static BufferedImage headphones() {
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = graphics(image);
		// headband
		g.setStroke(new BasicStroke(46, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.setPaint(new GradientPaint(0, 120, new Color(70, 74, 82), 0, 420, new Color(28, 30, 34)));
		g.draw(new Arc2D.Double(150, 110, 500, 560, 8, 164, Arc2D.OPEN));
		g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.setColor(new Color(120, 126, 136));
		g.draw(new Arc2D.Double(170, 128, 460, 520, 20, 140, Arc2D.OPEN));
		// sliders
		g.setPaint(new GradientPaint(140, 0, new Color(190, 194, 200), 170, 0, new Color(120, 124, 130)));
		g.fill(new RoundRectangle2D.Double(138, 360, 34, 110, 14, 14));
		g.setPaint(new GradientPaint(628, 0, new Color(190, 194, 200), 660, 0, new Color(120, 124, 130)));
		g.fill(new RoundRectangle2D.Double(628, 360, 34, 110, 14, 14));
		cup(g, 95, 440);
		cup(g, 545, 440);
		g.dispose();
		return image;
	}

	private static void cup(Graphics2D g, double x, double y) {
		double w = 160;
		double h = 250;
		g.setPaint(new GradientPaint((float) x, 0, new Color(52, 56, 64), (float) (x + w), 0, new Color(20, 22, 26)));
		g.fill(new RoundRectangle2D.Double(x, y, w, h, 90, 90));
		g.setPaint(new RadialGradientPaint(new Point2D.Double(x + w * 0.4, y + h * 0.35), (float) (w * 0.6),
				new float[] { 0f, 1f }, new Color[] { new Color(96, 102, 112), new Color(40, 43, 49) }));
		g.fill(new RoundRectangle2D.Double(x + 18, y + 20, w - 36, h - 40, 70, 70));
		g.setColor(new Color(214, 160, 90));
		g.fill(new Ellipse2D.Double(x + w / 2 - 14, y + h / 2 - 14, 28, 28));
		g.setColor(new Color(255, 255, 255, 60));
		g.fill(new Ellipse2D.Double(x + 30, y + 36, 40, 70));
	}

	/** A stainless tumbler on a near-white sweep, as shot in a light tent. */
	static BufferedImage cup() {
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = graphics(image);
		g.setPaint(new GradientPaint(0, 0, new Color(250, 250, 248), 0, SIZE, new Color(240, 240, 237)));
		g.fillRect(0, 0, SIZE, SIZE);
		double x = 290;
		double w = 220;
		LinearGradientPaint steel = new LinearGradientPaint((float) x, 0, (float) (x + w), 0,
				new float[] { 0f, 0.18f, 0.42f, 0.7f, 1f }, new Color[] { new Color(120, 40, 48),
						new Color(200, 78, 86), new Color(236, 140, 146), new Color(170, 52, 62), new Color(104, 30, 38) });
		g.setPaint(steel);
		Path2D body = new Path2D.Double();
		body.moveTo(x, 210);
		body.lineTo(x + w, 210);
		body.lineTo(x + w - 18, 690);
		body.quadTo(x + w / 2, 712, x + 18, 690);
		body.closePath();
		g.fill(body);
		// lid
		g.setPaint(new LinearGradientPaint((float) x, 0, (float) (x + w), 0, new float[] { 0f, 0.35f, 1f },
				new Color[] { new Color(60, 60, 64), new Color(140, 140, 146), new Color(44, 44, 48) }));
		g.fill(new RoundRectangle2D.Double(x - 4, 130, w + 8, 96, 30, 30));
		g.setPaint(new LinearGradientPaint((float) x, 0, (float) (x + w), 0, new float[] { 0f, 0.4f, 1f },
				new Color[] { new Color(150, 150, 156), new Color(236, 236, 240), new Color(120, 120, 126) }));
		g.fill(new RoundRectangle2D.Double(x - 2, 214, w + 4, 16, 8, 8));
		g.setColor(new Color(30, 30, 34));
		g.fill(new RoundRectangle2D.Double(x + w / 2 - 40, 112, 80, 28, 14, 14));
		// a band and a logo dot
		g.setColor(new Color(255, 255, 255, 70));
		g.fill(new Rectangle2D.Double(x + 40, 260, 18, 400));
		g.setColor(new Color(250, 236, 220));
		g.fill(new Ellipse2D.Double(x + w / 2 - 22, 420, 44, 44));
		g.dispose();
		noise(image, 2, 7);
		return image;
	}

	/** A pump bottle of cleanser on a plain pale backdrop. */
	static BufferedImage cleanser() {
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = graphics(image);
		g.setColor(new Color(244, 246, 247));
		g.fillRect(0, 0, SIZE, SIZE);
		double x = 300;
		double w = 200;
		g.setPaint(new LinearGradientPaint((float) x, 0, (float) (x + w), 0, new float[] { 0f, 0.3f, 0.75f, 1f },
				new Color[] { new Color(60, 150, 160), new Color(130, 206, 212), new Color(80, 170, 180),
						new Color(40, 120, 130) }));
		g.fill(new RoundRectangle2D.Double(x, 300, w, 420, 60, 60));
		g.setPaint(new GradientPaint((float) x, 0, new Color(220, 224, 226), (float) (x + w), 0,
				new Color(160, 166, 170)));
		g.fill(new RoundRectangle2D.Double(x + 60, 230, 80, 80, 16, 16));
		g.fill(new Rectangle2D.Double(x + 92, 150, 16, 90));
		g.fill(new RoundRectangle2D.Double(x + 40, 130, 150, 36, 18, 18));
		g.setColor(new Color(255, 255, 255, 220));
		g.fill(new RoundRectangle2D.Double(x + 30, 420, w - 60, 170, 20, 20));
		g.setColor(new Color(60, 150, 160));
		g.fill(new Ellipse2D.Double(x + w / 2 - 30, 450, 60, 60));
		g.fillRect((int) x + 50, 530, (int) w - 100, 10);
		g.fillRect((int) x + 70, 552, (int) w - 140, 8);
		g.dispose();
		return image;
	}

	/** A tea tin on a wooden table among leaves and out-of-focus lights: too busy to cut out. */
	static BufferedImage teaTin() {
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = graphics(image);
		g.setPaint(new GradientPaint(0, 0, new Color(46, 70, 52), 0, 460, new Color(96, 120, 84)));
		g.fillRect(0, 0, SIZE, 470);
		Random random = new Random(42);
		for (int i = 0; i < 40; i++) {
			int r = 20 + random.nextInt(60);
			g.setColor(new Color(255, 240 - random.nextInt(60), 180, 30 + random.nextInt(50)));
			g.fill(new Ellipse2D.Double(random.nextInt(SIZE), random.nextInt(440), r, r));
		}
		for (int y = 470; y < SIZE; y += 34) {
			g.setPaint(new GradientPaint(0, y, new Color(140, 96, 60), SIZE, y + 34, new Color(110, 72, 44)));
			g.fillRect(0, y, SIZE, 34);
			g.setColor(new Color(80, 52, 30));
			g.drawLine(0, y, SIZE, y);
		}
		for (int i = 0; i < 14; i++) {
			g.setColor(new Color(60 + random.nextInt(40), 130 + random.nextInt(60), 60));
			double lx = random.nextInt(SIZE);
			double ly = 560 + random.nextInt(200);
			g.fill(new Ellipse2D.Double(lx, ly, 60, 22));
		}
		double x = 270;
		double w = 260;
		g.setPaint(new LinearGradientPaint((float) x, 0, (float) (x + w), 0, new float[] { 0f, 0.35f, 1f },
				new Color[] { new Color(20, 80, 50), new Color(60, 150, 96), new Color(14, 60, 36) }));
		g.fill(new Rectangle2D.Double(x, 250, w, 400));
		g.fill(new Ellipse2D.Double(x, 620, w, 60));
		g.setPaint(new LinearGradientPaint((float) x, 0, (float) (x + w), 0, new float[] { 0f, 0.4f, 1f },
				new Color[] { new Color(150, 120, 50), new Color(236, 206, 120), new Color(120, 92, 36) }));
		g.fill(new Rectangle2D.Double(x, 200, w, 70));
		g.fill(new Ellipse2D.Double(x, 170, w, 60));
		g.setColor(new Color(246, 236, 210));
		g.fill(new RoundRectangle2D.Double(x + 50, 360, w - 100, 170, 16, 16));
		g.setColor(new Color(20, 80, 50));
		g.fill(new Ellipse2D.Double(x + w / 2 - 36, 390, 72, 72));
		g.fillRect((int) x + 80, 480, (int) w - 160, 10);
		g.dispose();
		noise(image, 4, 3);
		return image;
	}

	private static Graphics2D graphics(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		return g;
	}

	/** A little sensor-like grain, so the backgrounds are near-uniform rather than flat. */
	private static void noise(BufferedImage image, int amplitude, long seed) {
		Random random = new Random(seed);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int d = random.nextInt(2 * amplitude + 1) - amplitude;
				int r = clamp(((rgb >> 16) & 0xFF) + d);
				int gr = clamp(((rgb >> 8) & 0xFF) + d);
				int b = clamp((rgb & 0xFF) + d);
				image.setRGB(x, y, (r << 16) | (gr << 8) | b);
			}
		}
	}

	private static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}

	private static void jpeg(BufferedImage image, File file) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(0.86f);
		file.delete();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
	}

}
