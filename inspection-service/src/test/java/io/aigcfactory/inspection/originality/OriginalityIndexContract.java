package io.aigcfactory.inspection.originality;

import java.util.List;
import java.util.Random;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.inspection.originality.OriginalityIndex.Neighbour;
import io.aigcfactory.inspection.originality.OriginalityIndex.Pictured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What every {@link OriginalityIndex} adapter must do, run against each of them: the
 * Lucene index always, Milvus where {@code AIGC_TEST_MILVUS_URI} names a server.
 */
public abstract class OriginalityIndexContract {

	/** Dimension of the test embeddings. */
	protected static final int DIMENSION = 8;

	private OriginalityIndex index;

	/** A new, empty index of the adapter under test, with a candidate list of 32. */
	protected abstract OriginalityIndex open() throws Exception;

	/** Closes the index, if the adapter needs that. */
	protected abstract void close(OriginalityIndex index) throws Exception;

	/**
	 * Tenant ids unique to this run, so that a shared server's earlier data never counts.
	 */
	protected final String tenant = "t" + Long.toHexString(new Random().nextLong() & Long.MAX_VALUE);

	protected OriginalityIndex index() throws Exception {
		if (this.index == null) {
			this.index = open();
		}
		return this.index;
	}

	@AfterEach
	void closeIndex() throws Exception {
		if (this.index != null) {
			close(this.index);
		}
	}

	@Test
	void findsTheNearestEmbeddingOfTheSameTenantAndItsCosine() throws Exception {
		AssetId east = AssetId.next();
		AssetId north = AssetId.next();
		assertThat(index().nearest(this.tenant, probe(axis(0)), AssetId.next()).semantic()).isEmpty();
		index().put(this.tenant, east, fingerprint(axis(0), "东方既白，晨光照在山脊上", null));
		index().put(this.tenant, north, fingerprint(axis(1), "北风卷地白草折，胡天八月即飞雪", null));
		index().put(this.tenant + "-other", AssetId.next(), fingerprint(mix(0.6f, 0.8f), "别的租户", null));

		Neighbour nearest = index().nearest(this.tenant, probe(mix(0.6f, 0.8f)), AssetId.next())
			.semantic()
			.orElseThrow();
		assertThat(nearest.asset()).isEqualTo(north);
		assertThat(nearest.similarity()).isCloseTo(0.8, within(1e-3));
		assertThat(index().nearest(this.tenant + "-nobody", probe(axis(0)), AssetId.next()).semantic()).isEmpty();
	}

	@Test
	void holdsEachAssetOnceHoweverOftenItIsWrittenAndNeverFindsTheProbeItself() throws Exception {
		AssetId asset = AssetId.next();
		AssetId other = AssetId.next();
		index().put(this.tenant, asset, fingerprint(axis(0), "同一段文案", 0L));
		index().put(this.tenant, asset, fingerprint(axis(0), "同一段文案", 0L));
		index().put(this.tenant, other, fingerprint(axis(1), "另一段完全不同的文字内容", -1L));

		assertThat(index().contains(asset)).isTrue();
		assertThat(index().contains(AssetId.next())).isFalse();
		OriginalityIndex.Neighbours nearest = index().nearest(this.tenant, fingerprint(axis(0), "同一段文案", 0L), asset);
		assertThat(nearest.semantic()).map(Neighbour::asset).as("the asset itself is excluded").contains(other);
		assertThat(nearest.semantic().orElseThrow().similarity()).isCloseTo(0.0, within(1e-3));
		assertThat(nearest.image()).as("64 bits apart: no chunk in common").isEmpty();
	}

	@Test
	void findsCopyIdenticalButForTheBrandBySignature() throws Exception {
		AssetId original = AssetId.next();
		String template = "%s 主动降噪蓝牙耳机，40dB 深度降噪，通勤地铁也能安静听歌，续航 30 小时，%s 让耳朵放个假。";
		index().put(this.tenant, original,
				new Fingerprint(axis(0), TextFingerprinter.signature(template.formatted("声悦", "声悦"), "声悦"), null));
		index().put(this.tenant, AssetId.next(), fingerprint(axis(1), "北风卷地白草折，胡天八月即飞雪，忽如一夜春风来，千树万树梨花开", null));

		Neighbour twin = index()
			.nearest(this.tenant,
					new Fingerprint(axis(2), TextFingerprinter.signature(template.formatted("悦音", "悦音"), "悦音"), null),
					AssetId.next())
			.lexical()
			.orElseThrow();
		assertThat(twin.asset()).isEqualTo(original);
		assertThat(twin.similarity()).isEqualTo(1.0);
	}

	@Test
	void findsAMainImageAFewBitsAwayWithinTheTenant() throws Exception {
		AssetId original = AssetId.next();
		long hash = 0x1234_5678_9abc_def0L;
		index().put(this.tenant, original, fingerprint(axis(0), "第一段文案内容", hash));
		index().put(this.tenant + "-other", AssetId.next(), fingerprint(axis(0), "第一段文案内容", hash));

		Neighbour close = index()
			.nearest(this.tenant, fingerprint(axis(1), "不一样的文字", hash ^ 0x0100_0000_0000_0101L), AssetId.next())
			.image()
			.orElseThrow();
		assertThat(close.asset()).isEqualTo(original);
		assertThat(close.bitsApart()).isEqualTo(3);
	}

	@Test
	void givesBackTheCopySignatureOfAnAssetItHolds() throws Exception {
		AssetId asset = AssetId.next();
		index().put(this.tenant, asset, fingerprint(axis(0), "第一段文案内容，写得足够长", 7L));

		assertThat(index().copySignature(asset))
			.map((signature) -> signature.similarity(TextFingerprinter.signature("第一段文案内容，写得足够长", "")))
			.contains(1.0);
		assertThat(index().copySignature(AssetId.next())).isEmpty();
	}

	@Test
	void findsTheImagesShowingAlikeWordsWithTheirDistances() throws Exception {
		TextSignature words = TextFingerprinter.signature("以前将就，现在减压肩带 减压肩带 隐藏防盗口袋 马上种草", "");
		AssetId twin = AssetId.next();
		index().put(this.tenant, twin, new Fingerprint(axis(0), TextFingerprinter.signature("一段文案", ""), 0xF0L, words));
		AssetId otherWords = AssetId.next();
		index().put(this.tenant, otherWords, new Fingerprint(axis(1), TextFingerprinter.signature("二段文案", ""), 0xF0L,
				TextFingerprinter.signature("通勤十年，肩膀第一次不酸 独立电脑隔层 防泼水面料 立即入手", "")));
		index().put(this.tenant + "-other", AssetId.next(),
				new Fingerprint(axis(0), TextFingerprinter.signature("一段文案", ""), 0xF0L, words));

		Fingerprint probe = new Fingerprint(axis(2), TextFingerprinter.signature("三段文案", ""), 0xF3L,
				TextFingerprinter.signature("以前将就，现在减压肩带 减压肩带 隐藏防盗口袋 加入日常", ""));
		List<Pictured> pictured = index().nearest(this.tenant, probe, AssetId.next()).pictured();

		assertThat(pictured).extracting(Pictured::asset).containsExactly(twin);
		assertThat(pictured.getFirst().bitsApart()).isEqualTo(2);
		assertThat(pictured.getFirst().words()).isGreaterThan(0.5);
		assertThat(index()
			.nearest(this.tenant, new Fingerprint(axis(2), probe.text(), null, probe.imageText()), AssetId.next())
			.pictured()).as("a probe without an image").isEmpty();
	}

	@Test
	void givesBackTheSignatureOfTheCopyOnAnAssetsImageWhenItHasOne() throws Exception {
		AssetId shown = AssetId.next();
		index().put(this.tenant, shown, new Fingerprint(axis(0), TextFingerprinter.signature("第一段文案内容，写得足够长", ""), 7L,
				TextFingerprinter.signature("图上的标题和卖点", "")));
		AssetId older = AssetId.next();
		index().put(this.tenant, older, fingerprint(axis(1), "第二段文案内容，写得足够长", 7L));

		assertThat(index().imageTextSignature(shown))
			.map((signature) -> signature.similarity(TextFingerprinter.signature("图上的标题和卖点", "")))
			.contains(1.0);
		assertThat(index().imageTextSignature(older)).as("recorded without one").isEmpty();
		assertThat(index().imageTextSignature(AssetId.next())).isEmpty();
	}

	@Test
	void findsTheTrueNearestAmongManySimilarEmbeddings() throws Exception {
		Random random = new Random(7);
		float[] target = randomUnit(random);
		AssetId twin = AssetId.next();
		for (int i = 0; i < 300; i++) {
			index().put(this.tenant, AssetId.next(), fingerprint(randomUnit(random), "填充文案编号" + i, null));
		}
		float[] near = target.clone();
		near[0] += 0.01f;
		index().put(this.tenant, twin, fingerprint(near, "目标文案", null));

		assertThat(index().nearest(this.tenant, probe(target), AssetId.next()).semantic()).map(Neighbour::asset)
			.contains(twin);
	}

	private static Fingerprint fingerprint(float[] embedding, String copy, Long image) {
		return new Fingerprint(embedding, TextFingerprinter.signature(copy, ""), image);
	}

	private static Fingerprint probe(float[] embedding) {
		return fingerprint(embedding, "探针文本从未出现过", null);
	}

	private static float[] axis(int i) {
		float[] vector = new float[DIMENSION];
		vector[i] = 1;
		return vector;
	}

	private static float[] mix(float a, float b) {
		float[] vector = new float[DIMENSION];
		vector[0] = a;
		vector[1] = b;
		return vector;
	}

	private static float[] randomUnit(Random random) {
		float[] vector = new float[DIMENSION];
		double norm = 0;
		for (int i = 0; i < DIMENSION; i++) {
			vector[i] = (float) random.nextGaussian();
			norm += vector[i] * vector[i];
		}
		for (int i = 0; i < DIMENSION; i++) {
			vector[i] /= (float) Math.sqrt(norm);
		}
		return vector;
	}

}
