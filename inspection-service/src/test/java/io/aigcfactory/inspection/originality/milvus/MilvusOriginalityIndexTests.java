package io.aigcfactory.inspection.originality.milvus;

import java.time.Duration;
import java.util.Random;

import io.aigcfactory.inspection.originality.OriginalityIndex;
import io.aigcfactory.inspection.originality.OriginalityIndexContract;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.service.collection.request.DropCollectionReq;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The originality index contract on a Milvus server, where {@code AIGC_TEST_MILVUS_URI}
 * names one ({@code AIGC_TEST_MILVUS_TOKEN} its token, if it checks one). Each test opens
 * a collection of its own and drops it afterwards.
 */
@EnabledIfEnvironmentVariable(named = "AIGC_TEST_MILVUS_URI", matches = ".+")
class MilvusOriginalityIndexTests extends OriginalityIndexContract {

	private final MilvusSettings settings = new MilvusSettings(System.getenv("AIGC_TEST_MILVUS_URI"),
			System.getenv("AIGC_TEST_MILVUS_TOKEN"),
			"aigc_originality_test_" + Long.toHexString(new Random().nextLong() & Long.MAX_VALUE), DIMENSION,
			Duration.ofSeconds(30));

	@Override
	protected OriginalityIndex open() {
		return new MilvusOriginalityIndex(this.settings, 32);
	}

	@Override
	protected void close(OriginalityIndex index) {
		((MilvusOriginalityIndex) index).close();
		MilvusClientV2 client = new MilvusClientV2(MilvusOriginalityIndex.connectConfig(this.settings));
		try {
			client.dropCollection(DropCollectionReq.builder().collectionName(this.settings.collection()).build());
		}
		finally {
			client.close();
		}
	}

}
