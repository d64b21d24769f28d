package io.aigcfactory.distribution;

import java.util.List;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.ProductSummary;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.platform.storage.StoredBlob;

/** Approved assets whose files are really stored, for the distribution tests. */
public final class Assets {

	private Assets() {
	}

	public static AssetInspected approved(BlobStore blobs, List<String> channels) {
		AssetId asset = AssetId.next();
		StoredBlob copy = blobs.put("assets/" + asset + "/copy.txt", "通勤路上，世界安静下来".getBytes(), "text/plain");
		StoredBlob image = blobs.put("assets/" + asset + "/main-800x800.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' },
				"image/png");
		return new AssetInspected(EventMetadata.now("acme"), RequirementId.next(), asset, ConceptId.next(), 1,
				Angle.SCENARIO, Verdict.APPROVED, List.of(), new ProductSummary("AUD-1001", "降噪耳机", "声悦", "数码/耳机"),
				List.of(rendition(RenditionKind.COPY, "copy.txt", copy, 0),
						rendition(RenditionKind.MAIN_IMAGE, "main-800x800.png", image, 800)),
				channels);
	}

	private static Rendition rendition(RenditionKind kind, String name, StoredBlob blob, int size) {
		return new Rendition(kind, name, blob.uri(), blob.mediaType(), size, size, blob.bytes(), blob.sha256());
	}

}
