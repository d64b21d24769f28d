package io.aigcfactory.inspection.originality.lucene;

import java.nio.file.Path;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.inspection.originality.Fingerprint;
import io.aigcfactory.inspection.originality.OriginalityIndex;
import io.aigcfactory.inspection.originality.OriginalityIndex.Neighbour;
import io.aigcfactory.inspection.originality.OriginalityIndexContract;
import io.aigcfactory.inspection.originality.TextFingerprinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The originality index contract on the Lucene index, and what a local index adds. */
class LuceneOriginalityIndexTests extends OriginalityIndexContract {

	@TempDir
	Path directory;

	@Override
	protected OriginalityIndex open() {
		return new LuceneOriginalityIndex(this.directory, 32);
	}

	@Override
	protected void close(OriginalityIndex index) throws Exception {
		((LuceneOriginalityIndex) index).close();
	}

	@Test
	void keepsWhatWasCommittedAcrossRestarts(@TempDir Path own) throws Exception {
		AssetId asset = AssetId.next();
		Fingerprint fingerprint = new Fingerprint(new float[] { 0, 0, 1 },
				TextFingerprinter.signature("重启之后仍在索引里的文案", ""), 42L);
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(own, 32)) {
			index.put("acme", asset, fingerprint);
		}
		try (LuceneOriginalityIndex reopened = new LuceneOriginalityIndex(own, 32)) {
			OriginalityIndex.Neighbours nearest = reopened.nearest("acme", fingerprint, AssetId.next());
			assertThat(nearest.semantic()).map(Neighbour::asset).contains(asset);
			assertThat(nearest.lexical()).map(Neighbour::similarity).contains(1.0);
			assertThat(nearest.image()).map(Neighbour::bitsApart).contains(0);
		}
	}

}
