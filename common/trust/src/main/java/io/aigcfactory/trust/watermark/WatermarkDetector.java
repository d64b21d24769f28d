package io.aigcfactory.trust.watermark;

import java.awt.image.BufferedImage;

/**
 * Reads a payload back. The image's luminance is resized to the canvas (short side
 * {@value WatermarkPattern#CANVAS}) and high-passed; then, for each candidate tile scale
 * (1 after any resize; down to 0.78 when the short side was cropped by up to 22%), every
 * pixel is folded onto one tile and the sync template is correlated with the fold at all
 * 128 × 128 offsets at once (FFT). The scale and offset of the highest peak give the
 * cells; each code bit is the sign of its 8 cells' despread sum. The payload is returned
 * only when the sync peak stands out and the CRC-32 matches.
 */
public final class WatermarkDetector {

	/**
	 * Below this many standard deviations, the sync peak is noise and nothing is decoded.
	 */
	static final double MIN_SYNC = 6;

	private static final int TILE = WatermarkPattern.TILE;

	private static final int HIGH_PASS_RADIUS = 3;

	private static final double MIN_SCALE = 0.78;

	private static final float NOISE_FLOOR = 4;

	private static final double MAX_SCALE = 1.02;

	private final WatermarkPattern pattern = WatermarkPattern.instance();

	private final double[] templateRe;

	private final double[] templateIm;

	public WatermarkDetector() {
		this.templateRe = this.pattern.syncTemplate();
		this.templateIm = new double[TILE * TILE];
		Fft.transform2d(this.templateRe, this.templateIm, TILE, false);
	}

	/** What the image holds; never throws for an image of any content. */
	public WatermarkReading read(BufferedImage image) {
		return read(Luma.of(image));
	}

	/**
	 * What a video's frames hold, read once from their mean luminance.
	 * @throws IllegalStateException when no frame was added
	 */
	public WatermarkReading read(FrameAverage frames) {
		return read(frames.luma());
	}

	private WatermarkReading read(Luma luma) {
		double unit = (double) WatermarkPattern.CANVAS / Math.min(luma.width(), luma.height());
		int width = Math.max(1, (int) Math.round(luma.width() * unit));
		int height = Math.max(1, (int) Math.round(luma.height() * unit));
		Luma resized = luma.resized(width, height);
		Luma canvas = resized.highPassed(HIGH_PASS_RADIUS);
		float[] weight = weights(resized, canvas);
		Peak best = null;
		for (double scale = MIN_SCALE; scale <= MAX_SCALE + 1e-9; scale += 0.01) {
			Peak peak = peak(canvas, weight, scale, width + height);
			if (best == null || peak.z() > best.z()) {
				best = peak;
			}
		}
		double coarse = best.scale();
		best = null;
		for (double scale = coarse - 0.01; scale <= coarse + 0.01 + 1e-9; scale += 0.002) {
			Peak peak = peak(canvas, weight, scale, width + height);
			if (best == null || peak.z() > best.z()) {
				best = peak;
			}
		}
		return decode(best);
	}

	private WatermarkReading decode(Peak peak) {
		int cells = WatermarkPattern.CELLS;
		double[] value = new double[cells];
		int side = WatermarkPattern.CELLS_PER_SIDE;
		int size = WatermarkPattern.CELL;
		for (int cell = 0; cell < cells; cell++) {
			int cu = (cell % side) * size;
			int cv = (cell / side) * size;
			double sum = 0;
			for (int dv = 0; dv < size; dv++) {
				for (int du = 0; du < size; du++) {
					int a = Math.floorMod(cu + du - peak.du(), TILE);
					int b = Math.floorMod(cv + dv - peak.dv(), TILE);
					sum += peak.fold()[b * TILE + a];
				}
			}
			value[cell] = sum;
		}
		double noise = syncNoise(value);
		double[] soft = new double[WatermarkPattern.CODE_BITS];
		for (int cell = 0; cell < cells; cell++) {
			int bit = this.pattern.bit(cell);
			if (bit >= 0) {
				soft[bit] += this.pattern.sign(cell) * value[cell];
			}
		}
		boolean[] code = new boolean[soft.length];
		double noiseOfBit = noise * Math.sqrt((double) (cells - WatermarkPattern.SYNC_CELLS) / soft.length);
		double allRight = 1;
		for (int i = 0; i < soft.length; i++) {
			code[i] = soft[i] > 0;
			allRight *= normal(Math.abs(soft[i]) / Math.max(noiseOfBit, 1e-9));
		}
		long bits = WatermarkPattern.payloadBits(code);
		boolean found = peak.z() >= MIN_SYNC && WatermarkPattern.checks(code);
		return new WatermarkReading(found ? WatermarkPayload.ofBits(bits) : null, found ? allRight : 0, peak.z(),
				peak.scale(), bits);
	}

	/** The spread of the sync cells' despread values: how much noise one cell carries. */
	private double syncNoise(double[] value) {
		double sum = 0;
		double square = 0;
		int n = 0;
		for (int cell = 0; cell < value.length; cell++) {
			if (this.pattern.bit(cell) < 0) {
				double v = this.pattern.sign(cell) * value[cell];
				sum += v;
				square += v * v;
				n++;
			}
		}
		double mean = sum / n;
		return Math.sqrt(Math.max(square / n - mean * mean, 1e-12));
	}

	/**
	 * How much each pixel counts: the inverse of its neighbourhood's residual energy
	 * (busy areas carry more of the image and less of the mark), and nothing where the
	 * image is clipped to black or white, which holds no mark.
	 */
	private static float[] weights(Luma resized, Luma residual) {
		float[] energy = residual.values().clone();
		for (int i = 0; i < energy.length; i++) {
			energy[i] *= energy[i];
		}
		float[] local = new Luma(residual.width(), residual.height(), energy).blurred(2 * HIGH_PASS_RADIUS).values();
		float[] clipped = new Luma(resized.width(), resized.height(), clippedMask(resized.values()))
			.blurred(HIGH_PASS_RADIUS)
			.values();
		float[] weight = new float[local.length];
		for (int i = 0; i < weight.length; i++) {
			weight[i] = (clipped[i] > 0) ? 0 : 1 / (local[i] + NOISE_FLOOR);
		}
		return weight;
	}

	private static float[] clippedMask(float[] values) {
		float[] mask = new float[values.length];
		for (int i = 0; i < values.length; i++) {
			mask[i] = (values[i] >= 254 || values[i] <= 1) ? 1 : 0;
		}
		return mask;
	}

	private Peak peak(Luma canvas, float[] weight, double scale, int window) {
		double[] fold = fold(canvas, weight, scale, window);
		double[] re = fold.clone();
		double[] im = new double[re.length];
		Fft.transform2d(re, im, TILE, false);
		for (int i = 0; i < re.length; i++) {
			double r = re[i] * this.templateRe[i] + im[i] * this.templateIm[i];
			double j = re[i] * this.templateIm[i] - im[i] * this.templateRe[i];
			re[i] = r;
			im[i] = j;
		}
		Fft.transform2d(re, im, TILE, true);
		int at = 0;
		double sum = 0;
		double square = 0;
		for (int i = 0; i < re.length; i++) {
			sum += re[i];
			square += re[i] * re[i];
			if (re[i] > re[at]) {
				at = i;
			}
		}
		double mean = sum / re.length;
		double deviation = Math.sqrt(Math.max(square / re.length - mean * mean, 1e-18));
		return new Peak(scale, at % TILE, at / TILE, (re[at] - mean) / deviation, fold);
	}

	/**
	 * Every pixel of the central window (or all) summed onto one tile at this scale, as
	 * means.
	 */
	private static double[] fold(Luma canvas, float[] weight, double scale, int window) {
		double[] sum = new double[TILE * TILE];
		double[] count = new double[TILE * TILE];
		int w = canvas.width();
		int h = canvas.height();
		int x0 = Math.max(0, w / 2 - window);
		int x1 = Math.min(w, w / 2 + window);
		int y0 = Math.max(0, h / 2 - window);
		int y1 = Math.min(h, h / 2 + window);
		float[] values = canvas.values();
		for (int y = y0; y < y1; y++) {
			int v = Math.floorMod((int) Math.floor((y + 0.5 - h / 2.0) * scale), TILE);
			for (int x = x0; x < x1; x++) {
				int u = Math.floorMod((int) Math.floor((x + 0.5 - w / 2.0) * scale), TILE);
				float k = weight[y * w + x];
				sum[v * TILE + u] += k * values[y * w + x];
				count[v * TILE + u] += k;
			}
		}
		double total = 0;
		for (int i = 0; i < sum.length; i++) {
			sum[i] = (count[i] > 0) ? sum[i] / count[i] : 0;
			total += sum[i];
		}
		double mean = total / sum.length;
		for (int i = 0; i < sum.length; i++) {
			sum[i] -= mean;
		}
		return sum;
	}

	/** The standard normal distribution function. */
	static double normal(double z) {
		return 0.5 * erfc(-z / Math.sqrt(2));
	}

	/**
	 * The complementary error function (Numerical Recipes' Chebyshev fit, error below
	 * 1.2e-7).
	 */
	private static double erfc(double x) {
		double z = Math.abs(x);
		double t = 1 / (1 + 0.5 * z);
		double r = t * Math
			.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
					+ t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
		return (x >= 0) ? r : 2 - r;
	}

	private record Peak(double scale, int du, int dv, double z, double[] fold) {
	}

}
