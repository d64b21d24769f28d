package io.aigcfactory.inspection.originality.lucene;

import java.nio.file.Path;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.inspection.originality.OriginalityIndex.Neighbour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LuceneOriginalityIndexTests {

	@TempDir
	Path directory;

	@Test
	void findsTheNearestVectorOfTheSameTenantAndItsCosine() throws Exception {
		AssetId east = AssetId.next();
		AssetId north = AssetId.next();
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory)) {
			assertThat(index.nearest("acme", new float[] { 1, 0, 0 }, AssetId.next())).isEmpty();
			index.put("acme", east, new float[] { 1, 0, 0 });
			index.put("acme", north, new float[] { 0, 1, 0 });
			index.put("other", AssetId.next(), new float[] { 0.6f, 0.8f, 0 });

			Neighbour nearest = index.nearest("acme", new float[] { 0.6f, 0.8f, 0 }, AssetId.next()).orElseThrow();
			assertThat(nearest.asset()).isEqualTo(north);
			assertThat(nearest.cosine()).isCloseTo(0.8, within(1e-4));
			assertThat(index.nearest("nobody", new float[] { 1, 0, 0 }, AssetId.next())).isEmpty();
		}
	}

	@Test
	void keepsWhatWasCommittedAcrossRestarts() throws Exception {
		AssetId asset = AssetId.next();
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory)) {
			index.put("acme", asset, new float[] { 0, 0, 1 });
		}
		try (LuceneOriginalityIndex reopened = new LuceneOriginalityIndex(this.directory)) {
			assertThat(reopened.nearest("acme", new float[] { 0, 0, 1 }, AssetId.next())).map(Neighbour::asset)
				.contains(asset);
		}
	}

	@Test
	void holdsEachAssetOnceHoweverOftenItIsWritten() throws Exception {
		AssetId asset = AssetId.next();
		AssetId other = AssetId.next();
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory)) {
			index.put("acme", asset, new float[] { 1, 0, 0 });
			index.put("acme", asset, new float[] { 1, 0, 0 });
			index.put("acme", other, new float[] { 0, 1, 0 });

			assertThat(index.contains(asset)).isTrue();
			assertThat(index.contains(AssetId.next())).isFalse();
			Neighbour nearest = index.nearest("acme", new float[] { 1, 0, 0 }, asset).orElseThrow();
			assertThat(nearest.asset()).as("the asset itself, however often written, is excluded").isEqualTo(other);
			assertThat(nearest.cosine()).isCloseTo(0.0, within(1e-4));
		}
	}

}
