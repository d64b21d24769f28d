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
			assertThat(index.nearest("acme", new float[] { 1, 0, 0 })).isEmpty();
			index.add("acme", east, new float[] { 1, 0, 0 });
			index.add("acme", north, new float[] { 0, 1, 0 });
			index.add("other", AssetId.next(), new float[] { 0.6f, 0.8f, 0 });

			Neighbour nearest = index.nearest("acme", new float[] { 0.6f, 0.8f, 0 }).orElseThrow();
			assertThat(nearest.asset()).isEqualTo(north);
			assertThat(nearest.cosine()).isCloseTo(0.8, within(1e-4));
			assertThat(index.nearest("nobody", new float[] { 1, 0, 0 })).isEmpty();
		}
	}

	@Test
	void keepsWhatWasCommittedAcrossRestarts() throws Exception {
		AssetId asset = AssetId.next();
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory)) {
			index.add("acme", asset, new float[] { 0, 0, 1 });
		}
		try (LuceneOriginalityIndex reopened = new LuceneOriginalityIndex(this.directory)) {
			assertThat(reopened.nearest("acme", new float[] { 0, 0, 1 })).map(Neighbour::asset).contains(asset);
		}
	}

}
