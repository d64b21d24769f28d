package io.aigcfactory.production.image.local;

import java.util.List;
import java.util.Locale;

import io.aigcfactory.production.image.ImageBrief;
import io.aigcfactory.production.image.ImageSpec;

/**
 * How long one image takes, drawing and PNG encoding together, on one thread. Not a test:
 * run it by hand, e.g. from the IDE, and read the figures.
 */
final class RenderBenchmark {

	private static final int WARM_UP = 50;

	private static final int ROUNDS = 200;

	private RenderBenchmark() {
	}

	public static void main(String[] args) {
		LayoutImageRenderer renderer = new LayoutImageRenderer();
		List<ImageBrief> briefs = List.of(Briefs.headphones("bold"), Briefs.tea(), Briefs.overlong(),
				Briefs.headphones("premium"));
		for (ImageSpec spec : List.of(ImageSpec.MAIN_800, new ImageSpec("main-750x1000", 750, 1000))) {
			for (int round = 0; round < WARM_UP; round++) {
				renderer.render(briefs.get(round % briefs.size()), spec);
			}
			long bytes = 0;
			long start = System.nanoTime();
			for (int round = 0; round < ROUNDS; round++) {
				bytes += renderer.render(briefs.get(round % briefs.size()), spec).bytes().length;
			}
			double millis = (System.nanoTime() - start) / 1e6 / ROUNDS;
			System.out.printf(Locale.ROOT, "%s: %.1f ms per image, %d bytes on average%n", spec.name(), millis,
					bytes / ROUNDS);
		}
	}

}
